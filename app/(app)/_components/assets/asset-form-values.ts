// The asset form's values: one flat shape for both kinds (text as typed, blank = not set), built
// blank or from a stored asset, and turned into the kind's input for the server action.
import type { AssetDetail } from "@/lib/assets/queries";
import type { AircraftInput, VehicleInput } from "@/lib/assets/schemas";
import type { AssetKind } from "@/lib/assets/options";

export type AssetFormValues = {
  kind: AssetKind;
  registration: string;
  serialNumber: string;
  aircraftClass: string;
  fuelCode: string;
  totalAirframeHours: string;
  vin: string;
  licensePlate: string;
  plateCountry: string;
  color: string;
  mileage: string;
  make: string;
  model: string;
  year: string;
  homeServiceCenterId: string;
  notes: string;
  active: boolean;
};

export type AssetTextFieldName = Exclude<keyof AssetFormValues, "kind" | "active">;

export function buildNewAssetValues(kind: AssetKind): AssetFormValues {
  return {
    kind,
    registration: "",
    serialNumber: "",
    aircraftClass: "",
    fuelCode: "",
    totalAirframeHours: "",
    vin: "",
    licensePlate: "",
    plateCountry: "",
    color: "",
    mileage: "",
    make: "",
    model: "",
    year: "",
    homeServiceCenterId: "",
    notes: "",
    active: true,
  };
}

const text = (value: string | number | null) => (value === null ? "" : String(value));

export function toAssetFormValues(asset: AssetDetail): AssetFormValues {
  return {
    kind: asset.kind,
    registration: text(asset.registration),
    serialNumber: text(asset.serialNumber),
    aircraftClass: text(asset.aircraftClass),
    fuelCode: text(asset.fuelCode),
    totalAirframeHours: text(asset.totalAirframeHours),
    vin: text(asset.vin),
    licensePlate: text(asset.licensePlate),
    plateCountry: text(asset.plateCountry),
    color: text(asset.color),
    mileage: text(asset.mileage),
    make: text(asset.make),
    model: text(asset.model),
    year: text(asset.year),
    homeServiceCenterId: text(asset.homeServiceCenterId),
    notes: text(asset.notes),
    active: asset.active,
  };
}

/** Only the fields of the form's kind: the other kind's (blank) fields are not sent. */
export function toAssetPayload(values: AssetFormValues): AircraftInput | VehicleInput {
  const shared = {
    make: values.make,
    model: values.model,
    year: values.year,
    homeServiceCenterId: values.homeServiceCenterId,
    notes: values.notes,
    active: values.active,
  };
  if (values.kind === "aircraft") {
    const { registration, serialNumber, aircraftClass, fuelCode, totalAirframeHours } = values;
    return { kind: "aircraft", registration, serialNumber, aircraftClass, fuelCode, totalAirframeHours, ...shared };
  }
  const { vin, licensePlate, plateCountry, color, mileage } = values;
  return { kind: "vehicle", vin, licensePlate, plateCountry, color, mileage, ...shared };
}
