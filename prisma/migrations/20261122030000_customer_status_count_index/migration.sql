-- CreateIndex
CREATE INDEX "customer_organization_id_status_archived_at_idx" ON "customer"("organization_id", "status", "archived_at");
