// Seeds the demo organization's service centers, ~50 aircraft, ~50 vehicles, their customer links
// and ~200 work orders (numbered per center in creation order, customer snapshot from the primary).
import type { Prisma, Tx } from "@/lib/db";
import {
  demoServiceCenters,
  generateAircraft,
  generateLinks,
  generateVehicles,
  generateWorkOrders,
} from "@/lib/db/demo-fleet";
import { assetInputSchema } from "@/lib/assets/schemas";
import { assetSearchText } from "@/lib/assets/search-text";
import { formatWorkOrderNumber } from "@/lib/work-orders/numbering";
import { workOrderSearchText } from "@/lib/work-orders/search-text";

const AIRCRAFT = 50;
const VEHICLES = 50;
const WORK_ORDERS = 200;

type SeedCustomer = Prisma.CustomerGetPayload<{
  select: {
    id: true;
    name: true;
    accountNumber: true;
    email: true;
    phone: true;
    addressLine1: true;
    addressLine2: true;
    city: true;
    region: true;
    postalCode: true;
    country: true;
  };
}>;

export async function seedFleet(tx: Tx, orgId: string, actorId: string, technicianIds: string[]) {
  const centers = await Promise.all(
    demoServiceCenters.map((center) => tx.serviceCenter.create({ data: { ...center, organizationId: orgId } })),
  );
  const customers: SeedCustomer[] = await tx.customer.findMany({
    where: { organizationId: orgId, archivedAt: null, status: "active" },
    orderBy: { accountNumber: "asc" },
    select: {
      id: true, name: true, accountNumber: true, email: true, phone: true, addressLine1: true, addressLine2: true,
      city: true, region: true, postalCode: true, country: true,
    },
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
      customerId: customer?.id ?? null,
      customerName: customer?.name ?? null,
      customerSnapshot: customer ? snapshotOf(customer) : undefined,
      searchText: workOrderSearchText({ number, asset, customerName: customer?.name ?? null }),
      completedAt: order.status === "completed" ? new Date(order.createdAt.getTime() + 5 * 86_400_000) : null,
      createdAt: order.createdAt,
      updatedAt: order.createdAt,
      createdById: actorId,
      updatedById: actorId,
    };
  });
  await tx.workOrder.createMany({ data: workOrders });
  await Promise.all(
    centers.map((center, i) => tx.serviceCenter.update({ where: { id: center.id }, data: { workOrderSeq: sequences[i] } })),
  );
  return { aircraft: AIRCRAFT, vehicles: VEHICLES, links: links.length, workOrders: workOrders.length };
}

function snapshotOf(customer: SeedCustomer): Prisma.InputJsonObject {
  return {
    name: customer.name,
    accountNumber: customer.accountNumber,
    email: customer.email,
    phone: customer.phone,
    billingAddress: {
      line1: customer.addressLine1,
      line2: customer.addressLine2,
      city: customer.city,
      region: customer.region,
      postalCode: customer.postalCode,
      country: customer.country,
    },
  };
}
