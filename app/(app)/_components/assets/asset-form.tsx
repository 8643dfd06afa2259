"use client";

// Create and edit form for an aircraft or vehicle: validated in the browser with the server's
// schema, saved through a server action; server field errors land on their fields, conflicts on top.
import * as React from "react";
import { useRouter } from "next/navigation";
import { useForm, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { toast } from "sonner";

import { FormAlert } from "@/components/form/form-alert";
import { PageFormActions } from "@/components/form/form-actions";
import { useIsHydrated } from "@/components/hooks/use-is-hydrated";
import { ConflictAlert } from "@/components/form/conflict-alert";
import { PageFormProvider } from "@/components/form/page-form-provider";
import { requiredFieldNames } from "@/components/form/required-fields";
import { createAssetAction, updateAssetAction } from "@/lib/assets/actions";
import { assetInputSchema, assetSchemaFor } from "@/lib/assets/schemas";
import { assetKindLabels, type AssetKind } from "@/lib/assets/options";
import type { ServiceCenterOption } from "@/lib/assets/service-centers";
import { applyActionError } from "@/lib/form-errors";
import { IdentitySection, ServiceSection } from "./asset-form-sections";
import { toAssetPayload, type AssetFormValues } from "./asset-form-values";

/** Editing carries the version the form was loaded at, so a concurrent change is refused, not lost. */
export type AssetFormMode = { type: "create" } | { type: "edit"; assetId: string; version: number };

type AssetFormProps = {
  kind: AssetKind;
  mode: AssetFormMode;
  defaultValues: AssetFormValues;
  centers: ServiceCenterOption[];
};

// The flat form values hold both kinds' fields (blank for the other kind), which the
// discriminated schema accepts; raw: the server receives what was typed and normalizes it itself.
const createResolver = zodResolver(assetInputSchema, undefined, { raw: true }) as unknown as Resolver<AssetFormValues>;

/** An edit validates as the server will: the record's stored registration is kept when left unchanged. */
function editResolver(kind: AssetKind, registration: string) {
  const schema = assetSchemaFor(kind, { registration: registration || null });
  return zodResolver(schema, undefined, { raw: true }) as unknown as Resolver<AssetFormValues>;
}

function saveAsset(mode: AssetFormMode, values: AssetFormValues) {
  const payload = toAssetPayload(values);
  if (mode.type === "create") return createAssetAction(payload);
  return updateAssetAction({ ...payload, id: mode.assetId, version: mode.version });
}

export function AssetForm({ kind, mode, defaultValues, centers }: AssetFormProps) {
  const router = useRouter();
  const [isPending, startTransition] = React.useTransition();
  const [conflict, setConflict] = React.useState<string | null>(null);
  const isHydrated = useIsHydrated();
  const storedRegistration = mode.type === "edit" ? defaultValues.registration : null;
  const resolver = React.useMemo(
    () => (storedRegistration === null ? createResolver : editResolver(kind, storedRegistration)),
    [kind, storedRegistration],
  );
  const form = useForm<AssetFormValues>({ resolver, defaultValues });
  const required = React.useMemo(
    () => requiredFieldNames(assetSchemaFor(kind), defaultValues, ["kind"]),
    [kind, defaultValues],
  );
  const rootError = form.formState.errors.root;
  const { path, one } = assetKindLabels[kind];
  const cancelHref = mode.type === "edit" ? `${path}/${mode.assetId}` : path;

  const onSubmit = form.handleSubmit((values) =>
    startTransition(async () => {
      setConflict(null);
      const result = await saveAsset(mode, values);
      if ("error" in result) {
        const { error } = result;
        if (mode.type === "edit" && error.code === "CONFLICT" && !error.fieldErrors) setConflict(error.message);
        else applyActionError(form, error);
        return;
      }
      form.reset(values);
      const title = kind === "aircraft" ? "Aircraft" : "Vehicle";
      toast.success(mode.type === "edit" ? `${title} updated` : `${title} created`);
      router.push(`${path}/${result.data.id}`);
    }),
  );

  return (
    <PageFormProvider form={form} required={required}>
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-6">
        {conflict && mode.type === "edit" ? (
          <ConflictAlert message={conflict} reloadHref={`${path}/${mode.assetId}/edit`} />
        ) : null}
        <IdentitySection kind={kind} />
        <ServiceSection kind={kind} centers={centers} />
        <FormAlert message={rootError?.message} />
        <PageFormActions cancelHref={cancelHref} isPending={isPending} disabled={!isHydrated}>
          Save {one}
        </PageFormActions>
      </form>
    </PageFormProvider>
  );
}
