-- The customer list's advanced filters. Counting the customers an EXISTS filter (current asset links, open
-- work orders) matches joins on customer ids: with the id in the (organization_id, archived_at) index the
-- join reads it index-only instead of the whole customer heap.
DROP INDEX "customer_organization_id_archived_at_idx";
CREATE INDEX "customer_organization_id_archived_at_id_idx" ON "customer"("organization_id", "archived_at", "id");

-- "Has open work orders": the few open ones per organization, without reading the closed ones.
CREATE INDEX "work_order_open_customer_idx" ON "work_order"("organization_id", "customer_id") WHERE "status" NOT IN ('completed', 'void');
