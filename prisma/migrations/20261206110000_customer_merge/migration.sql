-- Customer merge (lib/customers/merge): a merged customer stays as a tombstone pointing at its survivor,
-- and each merge keeps the before-state and the moved rows' ids so it can be undone.
ALTER TABLE "customer" ADD COLUMN "merged_into_id" UUID,
ADD COLUMN "merged_at" TIMESTAMPTZ(3),
ADD COLUMN "merged_by_id" TEXT;

CREATE INDEX "customer_merged_into_id_idx" ON "customer"("merged_into_id");

ALTER TABLE "customer" ADD CONSTRAINT "customer_merged_into_id_fkey" FOREIGN KEY ("merged_into_id") REFERENCES "customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "customer_merge" (
    "id" UUID NOT NULL,
    "organization_id" TEXT NOT NULL,
    "survivor_id" UUID NOT NULL,
    "merged_ids" UUID[],
    "before" JSONB NOT NULL,
    "moves" JSONB NOT NULL,
    "survivor_version_after" INTEGER NOT NULL,
    "created_by_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "undone_at" TIMESTAMPTZ(3),
    "undone_by_id" TEXT,

    CONSTRAINT "customer_merge_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "customer_merge_organization_id_created_at_idx" ON "customer_merge"("organization_id", "created_at");

CREATE INDEX "customer_merge_survivor_id_created_at_idx" ON "customer_merge"("survivor_id", "created_at");

ALTER TABLE "customer_merge" ADD CONSTRAINT "customer_merge_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "customer_merge" ADD CONSTRAINT "customer_merge_survivor_id_fkey" FOREIGN KEY ("survivor_id") REFERENCES "customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;
