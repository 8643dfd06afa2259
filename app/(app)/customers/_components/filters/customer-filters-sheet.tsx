"use client";

// "Filters" on the customers toolbar: a sheet (full width on a phone) with the owner, created and last-activity
// day ranges, open work orders, assets, marketing consent and how tags match. Applied together through the list's URL codec, so
// back/forward, saved views and the export see them; a reversed range is refused with a message at its field.
import * as React from "react";
import { SlidersHorizontalIcon } from "lucide-react";

import { useTableUrlState } from "@/components/data-table/use-table-url-state";
import { LabelledField } from "@/components/form/fields";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { NativeSelect, NativeSelectOption } from "@/components/ui/native-select";
import { Sheet, SheetContent, SheetHeader, SheetTitle, SheetTrigger } from "@/components/ui/sheet";
import type { OwnerOption } from "@/lib/customers/ownership/queries";
import { customerListCodec, type CustomerListParams } from "@/lib/customers/list-params";
import { assetFilterOptions, marketingConsentFilterOptions, openWorkOrderFilterOptions } from "@/lib/customers/options";

/** The sheet's fields as the inputs hold them ("" = no filter). */
type Draft = Record<(typeof sheetKeys)[number], string>;

/** The URL keys the sheet writes (the Tag, Tier and Status filters stay on the toolbar). */
const sheetKeys = [
  "owner",
  "createdFrom",
  "createdTo",
  "activityFrom",
  "activityTo",
  "openWorkOrders",
  "asset",
  "marketingConsent",
  "tagMode",
] as const;

function draftOf(params: CustomerListParams): Draft {
  return {
    owner: params.owner ?? "",
    createdFrom: params.createdFrom ?? "",
    createdTo: params.createdTo ?? "",
    activityFrom: params.activityFrom ?? "",
    activityTo: params.activityTo ?? "",
    openWorkOrders: params.openWorkOrders ?? "",
    asset: params.asset ?? "",
    marketingConsent: params.marketingConsent ?? "",
    tagMode: params.tagMode,
  };
}

/** The message for a range whose end comes before its start (`YYYY-MM-DD` compares as text). */
function rangeError(from: string, to: string): { message: string } | undefined {
  return from && to && from > to ? { message: "The end date must be on or after the start date." } : undefined;
}

/** How many of the sheet's filters are set, for the trigger's badge. */
function countActive(params: CustomerListParams): number {
  const created = params.createdFrom || params.createdTo ? 1 : 0;
  const activity = params.activityFrom || params.activityTo ? 1 : 0;
  const others = [params.owner, params.openWorkOrders, params.asset, params.marketingConsent].filter(Boolean).length;
  return created + activity + others + (params.tagMode === "all" ? 1 : 0);
}

function DayRange({
  legend,
  name,
  draft,
  onChange,
}: {
  legend: string;
  name: "created" | "activity";
  draft: Draft;
  onChange: (patch: Partial<Draft>) => void;
}) {
  const [fromKey, toKey] = [`${name}From`, `${name}To`] as const;
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-2 text-sm font-medium">{legend}</legend>
      <div className="grid grid-cols-2 gap-3">
        <LabelledField label="From" id={`filter-${fromKey}`} className="gap-1">
          <Input
            type="date"
            value={draft[fromKey]}
            max={draft[toKey] || undefined}
            onChange={(event) => onChange({ [fromKey]: event.target.value })}
          />
        </LabelledField>
        <LabelledField
          label="To"
          id={`filter-${toKey}`}
          className="gap-1"
          error={rangeError(draft[fromKey], draft[toKey])}
        >
          <Input
            type="date"
            value={draft[toKey]}
            min={draft[fromKey] || undefined}
            onChange={(event) => onChange({ [toKey]: event.target.value })}
          />
        </LabelledField>
      </div>
    </fieldset>
  );
}

function SelectField({
  label,
  id,
  value,
  onChange,
  options,
  disabled,
  description,
}: {
  label: string;
  id: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly { value: string; label: string }[];
  disabled?: boolean;
  description?: string;
}) {
  return (
    <LabelledField label={label} id={id} className="gap-1" description={description}>
      <NativeSelect value={value} disabled={disabled} onChange={(event) => onChange(event.target.value)}>
        {options.map((option) => (
          <NativeSelectOption key={option.value} value={option.value}>
            {option.label}
          </NativeSelectOption>
        ))}
      </NativeSelect>
    </LabelledField>
  );
}

export function CustomerFiltersSheet({ owners }: { owners: OwnerOption[] }) {
  const { params, setParams } = useTableUrlState(customerListCodec);
  const [open, setOpen] = React.useState(false);
  const [draft, setDraft] = React.useState<Draft>(() => draftOf(params));
  const active = countActive(params);
  const change = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));
  const invalid = rangeError(draft.createdFrom, draft.createdTo) ?? rangeError(draft.activityFrom, draft.activityTo);

  function openChange(next: boolean) {
    if (next) setDraft(draftOf(params));
    setOpen(next);
  }

  function apply(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (invalid) {
      event.currentTarget.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
      return;
    }
    setParams(
      Object.fromEntries(sheetKeys.map((key) => [key, draft[key] === "" || draft[key] === "any" ? null : draft[key]])),
    );
    setOpen(false);
  }

  function clearAll() {
    setParams(Object.fromEntries(sheetKeys.map((key) => [key, null])));
    setOpen(false);
  }

  const ownerOptions = [
    { value: "", label: "Anyone" },
    { value: "me", label: "Me" },
    { value: "none", label: "No owner" },
    ...owners.map((owner) => ({ value: owner.id, label: owner.name })),
  ];

  return (
    <Sheet open={open} onOpenChange={openChange}>
      <SheetTrigger asChild>
        <Button variant="outline" size="sm" className="h-8 border-dashed">
          <SlidersHorizontalIcon aria-hidden="true" />
          Filters
          {active > 0 ? (
            <Badge variant="secondary" className="rounded-sm px-1 font-normal">
              <span className="sr-only">, </span>
              {active}
              <span className="sr-only"> set</span>
            </Badge>
          ) : null}
        </Button>
      </SheetTrigger>
      <SheetContent className="w-full sm:max-w-sm" aria-describedby={undefined}>
        <SheetHeader>
          <SheetTitle>Filter customers</SheetTitle>
        </SheetHeader>
        <form noValidate onSubmit={apply} className="flex flex-col gap-5 px-4 pb-6">
          <SelectField
            label="Owner"
            id="filter-owner"
            value={draft.owner}
            onChange={(owner) => change({ owner })}
            options={ownerOptions}
          />
          <DayRange legend="Created" name="created" draft={draft} onChange={change} />
          <DayRange legend="Last activity" name="activity" draft={draft} onChange={change} />
          <SelectField
            label="Open work orders"
            id="filter-openWorkOrders"
            value={draft.openWorkOrders}
            onChange={(openWorkOrders) => change({ openWorkOrders })}
            options={[{ value: "", label: "Any" }, ...openWorkOrderFilterOptions]}
          />
          <SelectField
            label="Aircraft and vehicles"
            id="filter-asset"
            value={draft.asset}
            onChange={(asset) => change({ asset })}
            options={[{ value: "", label: "Any" }, ...assetFilterOptions]}
          />
          <SelectField
            label="Marketing consent"
            id="filter-marketingConsent"
            value={draft.marketingConsent}
            onChange={(marketingConsent) => change({ marketingConsent })}
            options={[{ value: "", label: "Any" }, ...marketingConsentFilterOptions]}
          />
          <SelectField
            label="Tags match"
            id="filter-tagMode"
            value={draft.tagMode}
            onChange={(tagMode) => change({ tagMode })}
            options={[
              { value: "any", label: "Any of the chosen tags" },
              { value: "all", label: "All of the chosen tags" },
            ]}
            disabled={params.tag.length === 0}
            description={params.tag.length === 0 ? "Choose tags with the Tag filter first." : undefined}
          />
          <div className="flex flex-wrap gap-2">
            <Button type="submit">Apply filters</Button>
            <Button type="button" variant="outline" onClick={clearAll}>
              Clear all
            </Button>
          </div>
        </form>
      </SheetContent>
    </Sheet>
  );
}
