// A vehicle's VIN on its Details tab: the VIN with its notes (e.g. a check digit that does not match,
// accepted outside North America), where it was built, its manufacturer and its model year if encoded.
import { DetailItem } from "@/components/detail-section";
import { decodeVin, type VinDecoding } from "@/lib/assets/vin-decode";

function VinValue({ vin, decoded }: { vin: string; decoded: VinDecoding }) {
  return (
    <span className="flex flex-col gap-1">
      <span className="font-mono">{vin}</span>
      {decoded.notes.map((note) => (
        <span key={note} role="note" className="text-amber-700 dark:text-amber-400">
          {note}
        </span>
      ))}
    </span>
  );
}

function builtIn({ country, region }: VinDecoding): string | null {
  return country && region ? `${country} (${region})` : region;
}

export function VinDetailItems({ vin }: { vin: string | null }) {
  const decoded = vin ? decodeVin(vin) : null;
  return (
    <>
      <DetailItem label="VIN">{vin && decoded ? <VinValue vin={vin} decoded={decoded} /> : null}</DetailItem>
      <DetailItem label="Built in">{decoded ? builtIn(decoded) : null}</DetailItem>
      <DetailItem label="VIN manufacturer">{decoded?.manufacturer}</DetailItem>
      <DetailItem label="VIN model year">
        {decoded && decoded.modelYear === null ? (
          <span className="text-muted-foreground">Not reliably encoded in this VIN</span>
        ) : (
          decoded?.modelYear
        )}
      </DetailItem>
    </>
  );
}
