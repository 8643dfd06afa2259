-- The "Last activity" sort breaks ties by id: with the id in the index, a page of customers that share
-- a value (never-active ones, say) is read in order instead of sorting the whole group.
DROP INDEX "customer_organization_id_last_activity_at_idx";
CREATE INDEX "customer_organization_id_last_activity_at_idx" ON "customer"("organization_id", "last_activity_at" NULLS FIRST, "id");
