"use client";

// What the VIN typed so far says: characters still missing, what is wrong, or what it decodes to (the
// decoder and its manufacturer list load lazily, in their own chunk, when the field first shows).
import { CheckCircle2Icon } from "lucide-react";
import { useEffect, useState } from "react";

import { checkVin, normalizeVin, VIN_LENGTH } from "@/lib/assets/vin";
import type { decodeVin } from "@/lib/assets/vin-decode";

type Decode = typeof decodeVin;
export interface VinHint {
  ok: boolean;
  text: string;
  notes: string[];
}

/** Without `decode` (still loading) a valid VIN shows as just that. */
export function describeVin(value: string, decode?: Decode): VinHint | null {
  const vin = normalizeVin(value);
  if (!vin) return null;
  if (vin.length < VIN_LENGTH && /^[A-HJ-NPR-Z0-9]*$/.test(vin)) {
    return { ok: false, text: `${vin.length} of ${VIN_LENGTH} characters`, notes: [] };
  }
  const check = checkVin(vin);
  if (!check.ok) return { ok: false, text: check.message, notes: [] };
  if (!decode) return { ok: true, text: "Valid VIN", notes: [] };
  const { region, country, manufacturer, modelYear, notes } = decode(check.vin);
  const place = country && region ? `${country} (${region})` : region;
  const parts = [
    manufacturer,
    place ? `built in ${place}` : null,
    modelYear ? `model year ${modelYear}` : "model year not encoded",
  ].filter(Boolean);
  return { ok: true, text: `Valid VIN · ${parts.join(", ")}`, notes };
}

function useVinDecoder(): Decode | undefined {
  const [decode, setDecode] = useState<Decode>();
  useEffect(() => {
    let live = true;
    void import("@/lib/assets/vin-decode").then((module) => {
      if (live) setDecode(() => module.decodeVin);
    });
    return () => {
      live = false;
    };
  }, []);
  return decode;
}

export function VinDecodeHint({ value, id }: { value: string; id?: string }) {
  const hint = describeVin(value, useVinDecoder());
  if (!hint) return null;
  return (
    <span id={id} aria-live="polite" className="flex flex-col gap-1 text-sm text-muted-foreground">
      <span className="flex items-center gap-1.5">
        {hint.ok ? (
          <CheckCircle2Icon aria-hidden="true" className="size-4 text-emerald-600 dark:text-emerald-400" />
        ) : null}
        {hint.text}
      </span>
      {hint.notes.map((note) => (
        <span key={note} role="note" className="text-amber-700 dark:text-amber-400">
          {note}
        </span>
      ))}
    </span>
  );
}
