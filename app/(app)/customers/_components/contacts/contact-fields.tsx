"use client";

// The contact fields both dialogs edit, with inline errors: names, email, phones, roles, consent, preferences.
import { Controller, useFormContext } from "react-hook-form";

import { CheckboxField, TextareaField, TextField } from "@/components/form/fields";
import { Checkbox } from "@/components/ui/checkbox";
import { Field, FieldError } from "@/components/ui/field";
import { Label } from "@/components/ui/label";
import { contactRoleOptions, type ContactRole } from "@/lib/contacts/options";
import type { ContactInput } from "@/lib/contacts/schemas";
import { ConsentFields } from "../consent-fields";

function RolesField() {
  const { control, formState } = useFormContext<ContactInput>();
  return (
    <Field className="sm:col-span-2">
      <fieldset>
        <legend className="mb-2 text-sm font-medium">Roles</legend>
        <Controller
          control={control}
          name="roles"
          render={({ field }) => {
            const roles: ContactRole[] = field.value ?? [];
            const toggle = (role: ContactRole, on: boolean) =>
              field.onChange(on ? [...roles, role] : roles.filter((r) => r !== role));
            return (
              <div className="flex flex-wrap gap-4">
                {contactRoleOptions.map((option) => (
                  <div key={option.value} className="flex items-center gap-2">
                    <Checkbox
                      id={`contact-role-${option.value}`}
                      checked={roles.includes(option.value)}
                      onCheckedChange={(value) => toggle(option.value, value === true)}
                    />
                    <Label htmlFor={`contact-role-${option.value}`}>{option.label}</Label>
                  </div>
                ))}
              </div>
            );
          }}
        />
      </fieldset>
      <FieldError errors={[formState.errors.roles]} />
    </Field>
  );
}

export function ContactFields({ consentNote }: { consentNote?: string | null }) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextField<ContactInput> name="firstName" label="First name" autoComplete="off" />
      <TextField<ContactInput> name="lastName" label="Last name" autoComplete="off" />
      <TextField<ContactInput> name="email" label="Email" type="email" autoComplete="off" className="sm:col-span-2" />
      <TextField<ContactInput> name="phone" label="Phone" type="tel" />
      <TextField<ContactInput> name="mobile" label="Mobile" type="tel" />
      <TextField<ContactInput> name="jobTitle" label="Job title" />
      <RolesField />
      <ConsentFields<ContactInput> idPrefix="contact" note={consentNote} />
      <div className="flex flex-col gap-3 sm:col-span-2">
        <CheckboxField<ContactInput>
          name="receivesOrderUpdates"
          label="Receives order updates"
          id="contact-receivesOrderUpdates"
        />
        <CheckboxField<ContactInput> name="portalAccess" label="Portal access" id="contact-portalAccess" />
      </div>
      <TextareaField<ContactInput> name="notes" label="Notes" className="sm:col-span-2" />
    </div>
  );
}
