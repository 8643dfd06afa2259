-- "Customer since": the calendar date a customer relationship began (ERP exports carry it), a DATE so it
-- never shifts a day with a time zone. The list sorts by it, so it gets the same index as the other columns.
ALTER TABLE "customer" ADD COLUMN "customer_since" DATE;

CREATE INDEX "customer_organization_id_customer_since_idx" ON "customer"("organization_id", "customer_since");
