// The Overview's "Consent & preferences" card (RSC): the customer's marketing consent, newsletter, preferred
// contact method and verified flags, then the history of changes (its own and its contacts'), newest first.
import { DetailCard, DetailItem, DetailList } from "@/components/detail-section";
import { LocalDate } from "@/components/time";
import { requireCtx } from "@/lib/auth/session";
import { consentFieldLabels, consentSourceLabels, consentValueLabel } from "@/lib/consent/options";
import { listConsentHistory } from "@/lib/consent/queries";
import type { CustomerDetail } from "@/lib/customers/queries";

/** Shown on the card; older changes stay in the subject-access export. */
const SHOWN_CHANGES = 10;

const yesNo = (value: boolean) => (value ? "Yes" : "No");

export async function ConsentCard({ customer: c }: { customer: CustomerDetail }) {
  const history = await listConsentHistory(await requireCtx(), c.id, { limit: SHOWN_CHANGES });
  return (
    <DetailCard title="Consent & preferences" className="lg:col-span-2">
      <DetailList>
        <DetailItem label="Marketing consent">{consentValueLabel("marketingConsent", c.marketingConsent)}</DetailItem>
        <DetailItem label="Newsletter">{yesNo(c.newsletter)}</DetailItem>
        <DetailItem label="Preferred contact">
          {consentValueLabel("preferredContactMethod", c.preferredContactMethod)}
        </DetailItem>
        <DetailItem label="Email verified">{yesNo(c.emailVerified)}</DetailItem>
        <DetailItem label="Phone verified">{yesNo(c.phoneVerified)}</DetailItem>
      </DetailList>
      <section aria-labelledby="consent-history-heading" className="mt-4">
        <h3 id="consent-history-heading" className="mb-2 text-sm font-medium">
          Consent history
        </h3>
        {history.length === 0 ? (
          <p className="text-sm text-muted-foreground">No changes recorded yet.</p>
        ) : (
          <ol className="flex flex-col gap-2 text-sm">
            {history.map((change) => (
              <li key={change.id} className="border-l-2 pl-3">
                <p>
                  {change.contact ? <span className="font-medium">{change.contact.name}: </span> : null}
                  {consentFieldLabels[change.field] ?? change.field}{" "}
                  <span className="text-muted-foreground">{consentValueLabel(change.field, change.from)}</span> →{" "}
                  <span className="font-medium">{consentValueLabel(change.field, change.to)}</span>
                </p>
                <p className="text-muted-foreground">
                  {consentSourceLabels[change.source]} · {change.by ? `by ${change.by} · ` : ""}
                  <LocalDate date={change.at} withTime />
                </p>
              </li>
            ))}
          </ol>
        )}
      </section>
    </DetailCard>
  );
}
