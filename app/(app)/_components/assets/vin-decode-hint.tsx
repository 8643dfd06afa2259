"use client";

// What the VIN typed so far says: characters still missing, what is wrong, or the decoded year and country.
import { CheckCircle2Icon } from "lucide-react";

import { checkVin, normalizeVin, VIN_LENGTH } from "@/lib/assets/vin";
import { decodeVin } from "@/lib/assets/vin-decode";

export function describeVin(value: string): { ok: boolean; text: string } | null {
  const vin = normalizeVin(value);
  if (!vin) return null;
  if (vin.length < VIN_LENGTH && /^[A-HJ-NPR-Z0-9]*$/.test(vin)) {
    return { ok: false, text: `${vin.length} of ${VIN_LENGTH} characters` };
  }
  const check = checkVin(vin);
  if (!check.ok) return { ok: false, text: check.message };
  const { year, country } = decodeVin(check.vin);
  const parts = [year ? `Model year ${year}` : null, country ? `built in ${country}` : null].filter(Boolean);
  return { ok: true, text: parts.length > 0 ? `Valid VIN · ${parts.join(", ")}` : "Valid VIN" };
}

export function VinDecodeHint({ value, id }: { value: string; id?: string }) {
  const hint = describeVin(value);
  if (!hint) return null;
  return (
    <p id={id} aria-live="polite" className="flex items-center gap-1.5 text-sm text-muted-foreground">
      {hint.ok ? <CheckCircle2Icon aria-hidden="true" className="size-4 text-emerald-600" /> : null}
      {hint.text}
    </p>
  );
}
