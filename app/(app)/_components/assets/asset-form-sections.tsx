"use client";

// The asset form's sections: identity per kind (with the live VIN decoding), details and notes.
import { useFormContext, useWatch } from "react-hook-form";

import { aircraftClassOptions, fuelCodeOptions, type AssetKind } from "@/lib/assets/options";
import { plateCountryCodes } from "@/lib/assets/plates";
import { countryOptions, getCountryName } from "@/lib/fields/countries";
import type { ServiceCenterOption } from "@/lib/assets/service-centers";
import { ActiveField, FormSection, SelectField, TextareaField, TextField } from "./asset-form-fields";
import type { AssetFormValues } from "./asset-form-values";
import { VinDecodeHint } from "./vin-decode-hint";

const CHECKED_PLATES = `Plates of ${plateCountryCodes.map((code) => getCountryName(code)).join(", ")} are checked and written the national way; others are kept as typed.`;

function VinField() {
  const { control } = useFormContext<AssetFormValues>();
  const vin = useWatch({ control, name: "vin" });
  return (
    <TextField
      name="vin"
      label="VIN"
      autoComplete="off"
      spellCheck={false}
      className="sm:col-span-2"
      inputMode="text"
      placeholder="17 characters, e.g. 1HGCM82633A004352"
      description={<VinDecodeHint value={vin} />}
    />
  );
}

export function IdentitySection({ kind }: { kind: AssetKind }) {
  if (kind === "aircraft") {
    return (
      <FormSection title="Aircraft">
        <TextField name="registration" label="Registration" autoComplete="off" placeholder="N12345 or C-FABC" />
        <TextField name="serialNumber" label="Serial number" autoComplete="off" />
        <TextField name="make" label="Make" placeholder="Cessna" />
        <TextField name="model" label="Model" placeholder="172S" />
        <TextField name="year" label="Year built" inputMode="numeric" />
        <SelectField name="aircraftClass" label="Aircraft class" options={aircraftClassOptions} blankLabel="Not set" />
        <SelectField name="fuelCode" label="Fuel" options={fuelCodeOptions} blankLabel="Not set" />
        <TextField
          name="totalAirframeHours"
          label="Total airframe hours"
          inputMode="decimal"
          description="One decimal place, e.g. 4321.5"
        />
      </FormSection>
    );
  }
  return (
    <FormSection title="Vehicle">
      <VinField />
      <TextField name="make" label="Make" placeholder="Ford" />
      <TextField name="model" label="Model" placeholder="Transit" />
      <TextField name="year" label="Year" inputMode="numeric" />
      <TextField name="licensePlate" label="Licence plate" autoComplete="off" placeholder="B-AB 1234" />
      <SelectField
        name="plateCountry"
        label="Plate country"
        options={countryOptions}
        blankLabel="Not known"
        description={CHECKED_PLATES}
      />
      <TextField name="color" label="Colour" />
      <TextField name="mileage" label="Mileage" inputMode="numeric" />
    </FormSection>
  );
}

export function ServiceSection({ kind, centers }: { kind: AssetKind; centers: ServiceCenterOption[] }) {
  const { control } = useFormContext<AssetFormValues>();
  const current = useWatch({ control, name: "homeServiceCenterId" });
  // Inactive centers cannot be chosen, but the one already assigned stays visible.
  const options = centers
    .filter((center) => center.active || center.id === current)
    .map((center) => ({
      value: center.id,
      label: `${center.name} (${center.code})${center.active ? "" : " · inactive"}`,
    }));
  return (
    <FormSection title="Service">
      <SelectField name="homeServiceCenterId" label="Home service center" options={options} blankLabel="None" />
      <ActiveField
        description={`Inactive ${kind === "aircraft" ? "aircraft" : "vehicles"} stay on file but are marked as out of service.`}
      />
      <TextareaField name="notes" label="Notes" className="sm:col-span-2" />
    </FormSection>
  );
}
