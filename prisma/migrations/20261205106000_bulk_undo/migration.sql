-- Bulk tag and status changes that can be undone: the customers each changed, with the value before and the
-- version the change left them at (undo restores only customers still at that version).
CREATE TABLE "bulk_change" (
    "id" UUID NOT NULL,
    "organization_id" TEXT NOT NULL,
    "action" VARCHAR(20) NOT NULL,
    "created_by_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "undone_at" TIMESTAMPTZ(3),
    "undone_by_id" TEXT,

    CONSTRAINT "bulk_change_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "bulk_change_row" (
    "bulk_change_id" UUID NOT NULL,
    "customer_id" UUID NOT NULL,
    "before" JSONB NOT NULL,
    "version_after" INTEGER NOT NULL,

    CONSTRAINT "bulk_change_row_pkey" PRIMARY KEY ("bulk_change_id","customer_id")
);

CREATE INDEX "bulk_change_organization_id_created_at_idx" ON "bulk_change"("organization_id", "created_at");

CREATE INDEX "bulk_change_row_customer_id_idx" ON "bulk_change_row"("customer_id");

ALTER TABLE "bulk_change" ADD CONSTRAINT "bulk_change_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "bulk_change_row" ADD CONSTRAINT "bulk_change_row_bulk_change_id_fkey" FOREIGN KEY ("bulk_change_id") REFERENCES "bulk_change"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "bulk_change_row" ADD CONSTRAINT "bulk_change_row_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;
