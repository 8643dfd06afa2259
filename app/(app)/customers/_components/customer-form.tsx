"use client";

// Create and edit form for a customer: validated in the browser with the server's schema, saved
// through a server action; server field errors land on their fields, edit conflicts on top.
import * as React from "react";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { toast } from "sonner";

import { FormAlert } from "@/components/form/form-alert";
import { PageFormActions } from "@/components/form/form-actions";
import { createCustomerAction, updateCustomerAction } from "@/lib/customers/actions";
import { customerInputSchema } from "@/lib/customers/schemas";
import { applyActionError } from "@/lib/form-errors";
import type { ActionResult } from "@/lib/safe-action";
import { ConflictAlert } from "@/components/form/conflict-alert";
import { LiveUpdates } from "@/components/live/live-updates";
import { customerTopic } from "@/lib/live/topics";
import { PageFormProvider } from "@/components/form/page-form-provider";
import { requiredFieldNames } from "@/components/form/required-fields";
import {
  AddressSection,
  ConsentSection,
  ContactSection,
  IdentitySection,
  OtherSection,
  PreferencesSection,
} from "./customer-form-sections";
import type { CustomerFormValues } from "./customer-form-values";
import { ShippingSection } from "./tier/shipping-section";
import { CommercialTermsSection } from "./tier/terms-section";
import { ConfirmTierChange, describeTierChange } from "./tier/tier-change-note";
import type { TierOption } from "@/lib/tiers/queries";
import { useIsHydrated } from "@/components/hooks/use-is-hydrated";
import { DuplicateWarning } from "./duplicate-warning";
import { useDuplicateCheck } from "./use-duplicate-check";

/**
 * Editing carries the version the form was loaded at, so a concurrent change is refused, not lost; and
 * the signed-in member, for presence ("editing") and live notices, from the live cursor the page was read at.
 */
type CustomerFormMode =
  | { kind: "create" }
  | { kind: "edit"; customerId: string; version: number; selfId?: string | null; since?: string | null };

type CustomerFormProps = {
  mode: CustomerFormMode;
  defaultValues: CustomerFormValues;
  /** The organization's tiers, for the tier select and the discount-change note. */
  tiers: TierOption[];
  /** Whether the user may merge customers (the duplicate warning on the edit form links to the merge page). */
  canMerge?: boolean;
};

function saveCustomer(mode: CustomerFormMode, values: CustomerFormValues): Promise<ActionResult<{ id: string }>> {
  if (mode.kind === "create") return createCustomerAction(values);
  return updateCustomerAction({ ...values, id: mode.customerId, version: mode.version });
}

export function CustomerForm({ mode, defaultValues, tiers, canMerge = false }: CustomerFormProps) {
  const router = useRouter();
  const [isPending, startTransition] = React.useTransition();
  // The version the values in the form came from. A live refresh (components/live) brings a newer record:
  // taken over only while nothing is typed; with unsaved input the old version stays, so saving conflicts.
  const [loadedVersion, setLoadedVersion] = React.useState(mode.kind === "edit" ? mode.version : 0);
  const [conflict, setConflict] = React.useState<string | null>(null);
  // Before hydration a click would submit the form natively (a GET with every field in the URL).
  const isHydrated = useIsHydrated();
  // Raw: the server receives what was typed and normalizes it itself (phones, postal codes, names).
  const form = useForm<CustomerFormValues>({
    resolver: zodResolver(customerInputSchema, undefined, { raw: true }),
    defaultValues,
  });
  const rootError = form.formState.errors.root;
  const isDirty = form.formState.isDirty;
  const dirty = React.useRef(isDirty);
  const version = mode.kind === "edit" ? mode.version : 0;
  if (version !== loadedVersion && !isDirty) setLoadedVersion(version);
  const resetTo = React.useRef(loadedVersion);
  React.useEffect(() => {
    dirty.current = isDirty;
    if (resetTo.current === loadedVersion) return;
    resetTo.current = loadedVersion;
    form.reset(defaultValues);
  }, [loadedVersion, isDirty, defaultValues, form]);
  // What is required depends on the kind (a company needs its name; a person a first or last name).
  const kind = useWatch({ control: form.control, name: "kind" });
  const required = React.useMemo(
    () => requiredFieldNames(customerInputSchema, { ...defaultValues, kind }, ["kind"]),
    [defaultValues, kind],
  );
  const cancelHref = mode.kind === "edit" ? `/customers/${mode.customerId}` : "/customers";
  const customerId = mode.kind === "edit" ? mode.customerId : undefined;
  const duplicates = useDuplicateCheck(form, customerId, isPending || form.formState.isSubmitting);
  const tierLabels = React.useMemo(() => Object.fromEntries(tiers.map((tier) => [tier.id, tier.name])), [tiers]);

  // A tier change is saved only once confirmed with its discount before and after in view.
  const [unconfirmed, setUnconfirmed] = React.useState<CustomerFormValues | null>(null);
  const initialTierId = mode.kind === "edit" ? defaultValues.tierId || null : undefined;

  const save = (values: CustomerFormValues) =>
    startTransition(async () => {
      setConflict(null);
      const result = await saveCustomer(mode.kind === "edit" ? { ...mode, version: loadedVersion } : mode, values);
      setUnconfirmed(null);
      if ("error" in result) {
        const { error } = result;
        if (mode.kind === "edit" && error.code === "CONFLICT" && !error.fieldErrors) setConflict(error.message);
        else applyActionError(form, error);
        return;
      }
      form.reset(values);
      toast.success(mode.kind === "edit" ? "Customer updated" : "Customer created");
      router.push(`/customers/${result.data.id}`);
    });

  const onSubmit = form.handleSubmit((values) => {
    const tierChanged = initialTierId !== undefined && describeTierChange(tiers, initialTierId, values.tierId || null);
    if (tierChanged) setUnconfirmed(values);
    else save(values);
  });

  return (
    <PageFormProvider form={form} required={required}>
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-6">
        {mode.kind === "edit" ? (
          <LiveUpdates
            topics={[customerTopic(mode.customerId)]}
            since={mode.since}
            presence={{ resource: customerTopic(mode.customerId), mode: "editing", selfId: mode.selfId ?? null }}
            busy={() => dirty.current}
          />
        ) : null}
        {conflict && mode.kind === "edit" ? (
          <ConflictAlert message={conflict} reloadHref={`/customers/${mode.customerId}/edit`} />
        ) : null}
        <IdentitySection />
        <DuplicateWarning
          check={duplicates}
          form={form}
          customerId={customerId}
          canMerge={canMerge}
          tierLabels={tierLabels}
        />
        <ContactSection />
        <AddressSection />
        <ShippingSection />
        <CommercialTermsSection tiers={tiers} initialTierId={initialTierId} />
        <PreferencesSection />
        <ConsentSection />
        <OtherSection />
        <FormAlert message={rootError?.message} />
        <PageFormActions cancelHref={cancelHref} isPending={isPending} disabled={!isHydrated}>
          Save customer
        </PageFormActions>
      </form>
      <ConfirmTierChange
        change={unconfirmed && describeTierChange(tiers, initialTierId ?? null, unconfirmed.tierId || null)}
        isPending={isPending}
        onCancel={() => setUnconfirmed(null)}
        onConfirm={() => unconfirmed && save(unconfirmed)}
      />
    </PageFormProvider>
  );
}
