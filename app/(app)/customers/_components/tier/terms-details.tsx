// The Overview's Commercial terms and Shipping cards: tier (badge and discount), type, credit limit,
// payment terms, shipping, and the staff-only internal notes.
import { DetailItem, DetailSection } from "@/components/detail-section";
import { Money } from "@/components/money";
import type { CustomerDetail } from "@/lib/customers/queries";
import { customerTypeOptions, describePaymentTerms } from "@/lib/customers/terms";
import { CountryName } from "@/components/country-name";
import { TierBadge } from "./tier-badge";

export function TermsDetails({ customer: c }: { customer: CustomerDetail }) {
  const type = customerTypeOptions.find((option) => option.value === c.customerType)?.label;
  return (
    <>
      <DetailSection title="Commercial terms">
        <DetailItem label="Tier">
          {c.tier ? (
            <span className="flex flex-wrap items-center gap-2">
              <TierBadge tier={c.tier} />
              <span className="text-muted-foreground tabular-nums">{c.tier.discountPercent}% discount</span>
            </span>
          ) : null}
        </DetailItem>
        <DetailItem label="Customer type">{type}</DetailItem>
        <DetailItem label="Credit limit">
          {c.creditLimit ? <Money amount={c.creditLimit.toFixed(2)} currency={c.currency} /> : null}
        </DetailItem>
        <DetailItem label="Payment terms">{describePaymentTerms(c.paymentTermsDays)}</DetailItem>
        <DetailItem label="Shipping method">{c.preferredShippingMethod}</DetailItem>
        <DetailItem label="Internal notes">
          {c.internalNotes ? <p className="whitespace-pre-wrap">{c.internalNotes}</p> : null}
        </DetailItem>
      </DetailSection>
      <DetailSection title="Shipping address">
        {c.shippingSameAsBilling ? (
          <DetailItem label="Address">Same as billing</DetailItem>
        ) : (
          <>
            <DetailItem label="Address line 1">{c.shippingLine1}</DetailItem>
            <DetailItem label="Address line 2">{c.shippingLine2}</DetailItem>
            <DetailItem label="City">{c.shippingCity}</DetailItem>
            <DetailItem label="State / province">{c.shippingRegion}</DetailItem>
            <DetailItem label="Postal code">{c.shippingPostalCode}</DetailItem>
            <DetailItem label="Country">
              <CountryName code={c.shippingCountry ?? c.country} />
            </DetailItem>
          </>
        )}
      </DetailSection>
    </>
  );
}
