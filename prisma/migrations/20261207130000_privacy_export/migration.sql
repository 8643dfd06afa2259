-- Subject access exports (lib/privacy/export.ts): the ZIP a customer_data_export job built, kept for download
-- until it expires (or the customer is erased); its id is the job's.
CREATE TABLE "privacy_export" (
    "id" UUID NOT NULL,
    "organization_id" TEXT NOT NULL,
    "customer_id" UUID NOT NULL,
    "requested_by_id" TEXT,
    "filename" VARCHAR(200) NOT NULL,
    "byte_size" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "privacy_export_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "privacy_export_customer_id_idx" ON "privacy_export"("customer_id");
CREATE INDEX "privacy_export_organization_id_expires_at_idx" ON "privacy_export"("organization_id", "expires_at");

ALTER TABLE "privacy_export" ADD CONSTRAINT "privacy_export_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "privacy_export" ADD CONSTRAINT "privacy_export_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;
