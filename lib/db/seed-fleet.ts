// Seeds the demo organization's service centers, ~50 aircraft, ~50 vehicles, their customer links
// and ~200 work orders in every status (numbered per center in creation order, customer snapshot from
// the primary, each on its customer's timeline).
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
const DAY = 86_400_000;

export async function seedFleet(tx: Tx, orgId: string, actorId: string, technicianIds: string[], now: Date) {
  // The shop and its fleet predate the first work order (a year back); centers come first.
  const opened = new Date(now.getTime() - 2 * 365 * DAY);
  const centers = await Promise.all(
    demoServiceCenters.map((center) =>
      tx.serviceCenter.create({
        data: { ...center, organizationId: orgId, createdAt: opened, updatedAt: opened },
      }),
    ),
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
    data: fleet.map((asset, i) => ({
      ...asset,
      organizationId: orgId,
      searchText: assetSearchText(asset),
      createdById: actorId,
      updatedById: actorId,
      createdAt: new Date(now.getTime() - 400 * DAY + i * 3_600_000),
      updatedAt: new Date(now.getTime() - 400 * DAY + i * 3_600_000),
    })),
    select: {
      id: true,
      createdAt: true,
      kind: true,
      registration: true,
      vin: true,
      serialNumber: true,
      make: true,
      model: true,
    },
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
      createdAt: assets[link.asset]!.createdAt,
      updatedAt: assets[link.asset]!.createdAt,
    })),
  });
  const primaryOf = new Map(links.filter((l) => l.isPrimary).map((l) => [l.asset, customers[l.customer]!]));

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
  const created = await tx.workOrder.createManyAndReturn({
    data: workOrders,
    select: { id: true, number: true, customerId: true, createdAt: true },
  });
  // As lib/activity/work-orders.ts records a new work order on its customer's timeline.
  await tx.activity.createMany({
    data: created.flatMap(({ id, number, customerId, createdAt }) =>
      customerId
        ? [
            {
              organizationId: orgId,
              customerId,
              type: "change" as const,
              entityType: "work_order" as const,
              entityId: id,
              action: "created",
              summary: `Work order ${number} created`,
              actorId,
              occurredAt: createdAt,
              createdAt,
            },
          ]
        : [],
    ),
  });
  await Promise.all(
    centers.map((center, i) =>
      tx.serviceCenter.update({ where: { id: center.id }, data: { workOrderSeq: sequences[i], updatedAt: opened } }),
    ),
  );
  return { aircraft: AIRCRAFT, vehicles: VEHICLES, links: links.length, workOrders: workOrders.length };
}
