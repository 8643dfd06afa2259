"use client";
// The consent and preference fields of the customer form and the contact dialogs: marketing consent,
// newsletter, preferred contact method, verified email and phone (lib/consent/options.ts).
import type { FieldValues, Path } from "react-hook-form";

import { CheckboxField, SelectField } from "@/components/form/fields";
import { marketingConsentOptions } from "@/lib/consent/options";
import { contactMethodOptions } from "@/lib/contacts/options";

export function ConsentFields<T extends FieldValues>({ idPrefix, note }: { idPrefix: string; note?: string | null }) {
  const name = (field: string) => field as Path<T>;
  return (
    <>
      <SelectField<T>
        name={name("marketingConsent")}
        label="Marketing consent"
        options={marketingConsentOptions}
        description={note ?? undefined}
      />
      <SelectField<T>
        name={name("preferredContactMethod")}
        label="Preferred contact method"
        options={contactMethodOptions}
        blankLabel="No preference"
      />
      <div className="flex flex-col gap-3 sm:col-span-2">
        <CheckboxField<T>
          name={name("newsletter")}
          label="Subscribed to the newsletter"
          id={`${idPrefix}-newsletter`}
        />
        <CheckboxField<T> name={name("emailVerified")} label="Email verified" id={`${idPrefix}-emailVerified`} />
        <CheckboxField<T> name={name("phoneVerified")} label="Phone verified" id={`${idPrefix}-phoneVerified`} />
      </div>
    </>
  );
}
