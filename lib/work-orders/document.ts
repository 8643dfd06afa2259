import "server-only";
// A work order as a printable document — the print view and the PDF render this one shape: the shop,
// the number and dates in the organization's zone and locale (the same whoever prints it), the billed
// customer as snapshotted on the work order (not the live record), the aircraft or vehicle, the
// description and who signs.
import { db } from "@/lib/db";
import type { Ctx } from "@/lib/auth/context";
import { assetLabel, formatHours, formatMileage } from "@/lib/assets/format";
import type { DisplayPrefs } from "@/lib/display-prefs";
import { getCountryName } from "@/lib/fields/countries";
import { formatPhone } from "@/lib/fields/phone";
import { formatCalendarDate, formatDateTime } from "@/lib/format";
import { getOrgDisplayDefaults } from "@/lib/preferences/queries";
import type { WorkOrderCustomerSnapshot } from "@/lib/work-orders/customer-resolution";
import { formatWorkOrderPriority, formatWorkOrderStatus, formatWorkOrderType } from "@/lib/work-orders/options";
import { getWorkOrder } from "@/lib/work-orders/queries";

/** A labelled line of the document ("Registration" → "N123AB"). */
export interface DocumentField {
  label: string;
  value: string;
}

export interface WorkOrderDocument {
  id: string;
  /** The organization (it has no address on file: its name heads the document). */
  shopName: string;
  serviceCenter: string;
  number: string;
  /** "Work order" or "Quote". */
  title: string;
  summary: DocumentField[];
  dates: DocumentField[];
  customer: { name: string; lines: string[]; contact: DocumentField[] } | null;
  asset: { heading: string; name: string; fields: DocumentField[] };
  description: string | null;
  signatures: string[];
  printedAt: string;
  /** The organization's locale (the PDF's language and paper size). */
  locale: string;
}

/** The snapshot's billing address as lines: street, "City, Region Postal", country in the document's language. */
function snapshotAddressLines(snapshot: WorkOrderCustomerSnapshot, locale: string): string[] {
  const a = snapshot.billingAddress;
  const cityLine = [a.city, [a.region, a.postalCode].filter(Boolean).join(" ")].filter(Boolean).join(", ");
  const country = a.country ? getCountryName(a.country, locale) : null;
  return [a.line1, a.line2, cityLine, country].filter((line): line is string => Boolean(line));
}

const fields = (entries: [string, string | null | undefined][]): DocumentField[] =>
  entries.flatMap(([label, value]) => (value ? [{ label, value }] : []));

function customerOf(snapshot: WorkOrderCustomerSnapshot | null, prefs: DisplayPrefs) {
  if (!snapshot) return null;
  return {
    name: snapshot.name,
    lines: snapshotAddressLines(snapshot, prefs.locale),
    contact: fields([
      ["Account", snapshot.accountNumber],
      ["Phone", snapshot.phone ? formatPhone(snapshot.phone) : null],
      ["Email", snapshot.email],
    ]),
  };
}

export async function getWorkOrderDocument(ctx: Ctx, id: string): Promise<WorkOrderDocument> {
  const workOrder = await getWorkOrder(ctx, id);
  const [organization, asset, prefs] = await Promise.all([
    db.organization.findUniqueOrThrow({ where: { id: ctx.orgId }, select: { name: true } }),
    db.asset.findFirstOrThrow({
      where: { id: workOrder.assetId, organizationId: ctx.orgId },
      select: {
        kind: true,
        registration: true,
        vin: true,
        serialNumber: true,
        licensePlate: true,
        make: true,
        model: true,
        year: true,
        totalAirframeHours: true,
        mileage: true,
      },
    }),
    getOrgDisplayDefaults(ctx),
  ]);
  const aircraft = asset.kind === "aircraft";
  return {
    id: workOrder.id,
    shopName: organization.name,
    serviceCenter: `${workOrder.serviceCenter.name} (${workOrder.serviceCenter.code})`,
    number: workOrder.number,
    title: formatWorkOrderType(workOrder.type),
    summary: fields([
      ["Status", formatWorkOrderStatus(workOrder.status)],
      ["Priority", formatWorkOrderPriority(workOrder.priority)],
      ["Lead technician", workOrder.leadTechnician?.name ?? "Not assigned"],
    ]),
    dates: fields([
      ["Created", formatDateTime(workOrder.createdAt, prefs)],
      ["Due", workOrder.dueDate ? formatCalendarDate(workOrder.dueDate, prefs) : "No due date"],
      ["Completed", workOrder.completedAt ? formatDateTime(workOrder.completedAt, prefs) : null],
    ]),
    customer: customerOf(workOrder.customerSnapshot, prefs),
    asset: {
      heading: aircraft ? "Aircraft" : "Vehicle",
      name: assetLabel(asset),
      fields: fields([
        ["Registration", asset.registration],
        ["VIN", asset.vin],
        ["Licence plate", asset.licensePlate],
        ["Serial number", asset.serialNumber],
        ["Make", asset.make],
        ["Model", asset.model],
        ["Year", asset.year?.toString()],
        ["Airframe hours on file", formatHours(asset.totalAirframeHours?.toNumber(), prefs)],
        ["Mileage on file", formatMileage(asset.mileage, prefs)],
      ]),
    },
    description: workOrder.description,
    signatures: ["Technician", "Customer", "Date"],
    printedAt: formatDateTime(new Date(), prefs),
    locale: prefs.locale,
  };
}
