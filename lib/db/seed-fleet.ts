// Seeds the demo organization's service centers, ~50 aircraft, ~50 vehicles, their customer links
// and ~200 work orders (numbered per center in creation order, customer snapshot from the primary).
import type { Tx } from "@/lib/db";
import {
  demoServiceCenters,
  generateAircraft,
  generateLinks,
  generateVehicles,
  generateWorkOrders,
} from "@/lib/db/demo-fleet";
import { assetInputSchema } from "@/lib/assets/schemas";
import { assetSearchText } from "@/lib/assets/search-text";
import { noCustomer, snapshotSelect, toResolved } from "@/lib/work-orders/customer-resolution";
import { formatWorkOrderNumber } from "@/lib/work-orders/numbering";
import { workOrderSearchText } from "@/lib/work-orders/search-text";

const AIRCRAFT = 50;
const VEHICLES = 50;
const WORK_ORDERS = 200;

export async function seedFleet(tx: Tx, orgId: string, actorId: string, technicianIds: string[]) {
  const centers = await Promise.all(
    demoServiceCenters.map((center) => tx.serviceCenter.create({ data: { ...center, organizationId: orgId } })),
  );
  const customers = await tx.customer.findMany({
    where: { organizationId: orgId, archivedAt: null, status: "active" },
    orderBy: { accountNumber: "asc" },
    select: snapshotSelect,
  });

  // Parsed with the form's schema, so demo data can never be something a user could not enter.
  const fleet = [...generateAircraft(AIRCRAFT), ...generateVehicles(VEHICLES)].map(({ homeCenter, ...asset }) => ({
    ...assetInputSchema.parse(asset),
    homeServiceCenterId: centers[homeCenter]!.id,
  }));
  const assets = await tx.asset.createManyAndReturn({
    data: fleet.map((asset) => ({
      ...asset,
      organizationId: orgId,
      searchText: assetSearchText(asset),
      createdById: actorId,
      updatedById: actorId,
    })),
    select: { id: true, kind: true, registration: true, vin: true, serialNumber: true, make: true, model: true },
  });

  const links = generateLinks(assets.length, customers.length);
  await tx.assetCustomer.createMany({
    data: links.map((link) => ({
      organizationId: orgId,
      assetId: assets[link.asset]!.id,
      customerId: customers[link.customer]!.id,
      relationship: link.relationship,
      status: link.status,
      isPrimary: link.isPrimary,
      createdById: actorId,
    })),
  });
  const primaryOf = new Map(links.filter((l) => l.isPrimary).map((l) => [l.asset, customers[l.customer]!]));

  const now = new Date();
  const sequences = centers.map(() => 0);
  const workOrders = generateWorkOrders(WORK_ORDERS, assets.length, now).map((order, i) => {
    const asset = assets[order.asset]!;
    const center = centers[order.center]!;
    const sequence = ++sequences[order.center]!;
    const number = formatWorkOrderNumber(center.code, sequence, order.createdAt);
    const customer = primaryOf.get(order.asset);
    const resolved = customer ? toResolved(customer) : noCustomer;
    return {
      organizationId: orgId,
      serviceCenterId: center.id,
      number,
      sequence,
      type: order.type,
      status: order.status,
      priority: order.priority,
      dueDate: order.dueDate,
      leadTechnicianId: technicianIds[i % technicianIds.length] ?? null,
      description: order.description,
      assetId: asset.id,
      customerId: resolved.customerId,
      customerName: resolved.customerName,
      customerSnapshot: resolved.customerSnapshot ?? undefined,
      searchText: workOrderSearchText({ number, asset, customerName: resolved.customerName }),
      completedAt: order.status === "completed" ? new Date(order.createdAt.getTime() + 5 * 86_400_000) : null,
      createdAt: order.createdAt,
      updatedAt: order.createdAt,
      createdById: actorId,
      updatedById: actorId,
    };
  });
  await tx.workOrder.createMany({ data: workOrders });
  await Promise.all(
    centers.map((center, i) =>
      tx.serviceCenter.update({ where: { id: center.id }, data: { workOrderSeq: sequences[i] } }),
    ),
  );
  return { aircraft: AIRCRAFT, vehicles: VEHICLES, links: links.length, workOrders: workOrders.length };
}
