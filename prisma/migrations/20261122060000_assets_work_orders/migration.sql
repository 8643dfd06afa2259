-- CreateEnum
CREATE TYPE "asset_kind" AS ENUM ('aircraft', 'vehicle');

-- CreateEnum
CREATE TYPE "asset_relationship" AS ENUM ('owner', 'co_owner', 'operator', 'management_company', 'lessee', 'lessor', 'other');

-- CreateEnum
CREATE TYPE "asset_link_status" AS ENUM ('current', 'former', 'prospective');

-- CreateEnum
CREATE TYPE "work_order_type" AS ENUM ('work_order', 'quote');

-- CreateEnum
CREATE TYPE "work_order_status" AS ENUM ('created', 'scheduled', 'open', 'in_progress', 'tracking', 'pending', 'in_review', 'completed', 'void');

-- CreateEnum
CREATE TYPE "work_order_priority" AS ENUM ('low', 'normal', 'high', 'urgent');

-- CreateTable
CREATE TABLE "service_center" (
    "id" UUID NOT NULL,
    "organization_id" TEXT NOT NULL,
    "code" VARCHAR(10) NOT NULL,
    "name" CITEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "work_order_seq" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "service_center_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "asset" (
    "id" UUID NOT NULL,
    "organization_id" TEXT NOT NULL,
    "kind" "asset_kind" NOT NULL,
    "registration" VARCHAR(10),
    "vin" CHAR(17),
    "serial_number" VARCHAR(50),
    "make" CITEXT,
    "model" CITEXT,
    "year" INTEGER,
    "aircraft_class" VARCHAR(40),
    "fuel_code" VARCHAR(20),
    "total_airframe_hours" DECIMAL(10,1),
    "license_plate" VARCHAR(20),
    "color" VARCHAR(40),
    "mileage" INTEGER,
    "home_service_center_id" UUID,
    "notes" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "search_text" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by_id" TEXT,
    "updated_by_id" TEXT,
    "archived_at" TIMESTAMPTZ(3),
    "archived_by_id" TEXT,

    CONSTRAINT "asset_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "asset_customer" (
    "id" UUID NOT NULL,
    "organization_id" TEXT NOT NULL,
    "asset_id" UUID NOT NULL,
    "customer_id" UUID NOT NULL,
    "relationship" "asset_relationship" NOT NULL DEFAULT 'owner',
    "status" "asset_link_status" NOT NULL DEFAULT 'current',
    "is_primary" BOOLEAN NOT NULL DEFAULT false,
    "since" DATE,
    "notes" VARCHAR(500),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by_id" TEXT,

    CONSTRAINT "asset_customer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "work_order" (
    "id" UUID NOT NULL,
    "organization_id" TEXT NOT NULL,
    "service_center_id" UUID NOT NULL,
    "number" VARCHAR(30) NOT NULL,
    "sequence" INTEGER NOT NULL,
    "type" "work_order_type" NOT NULL DEFAULT 'work_order',
    "status" "work_order_status" NOT NULL DEFAULT 'created',
    "priority" "work_order_priority" NOT NULL DEFAULT 'normal',
    "due_date" DATE,
    "lead_technician_id" TEXT,
    "description" TEXT,
    "asset_id" UUID NOT NULL,
    "customer_id" UUID,
    "customer_name" CITEXT,
    "customer_snapshot" JSONB,
    "search_text" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "completed_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by_id" TEXT,
    "updated_by_id" TEXT,

    CONSTRAINT "work_order_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "service_center_organization_id_name_idx" ON "service_center"("organization_id", "name");

-- CreateIndex
CREATE UNIQUE INDEX "service_center_organization_id_code_key" ON "service_center"("organization_id", "code");

-- CreateIndex
CREATE INDEX "asset_organization_id_kind_archived_at_idx" ON "asset"("organization_id", "kind", "archived_at");

-- CreateIndex
CREATE INDEX "asset_organization_id_kind_registration_idx" ON "asset"("organization_id", "kind", "registration");

-- CreateIndex
CREATE INDEX "asset_organization_id_kind_make_model_idx" ON "asset"("organization_id", "kind", "make", "model");

-- CreateIndex
CREATE INDEX "asset_organization_id_kind_year_idx" ON "asset"("organization_id", "kind", "year");

-- CreateIndex
CREATE INDEX "asset_organization_id_kind_updated_at_idx" ON "asset"("organization_id", "kind", "updated_at");

-- CreateIndex
CREATE INDEX "asset_organization_id_kind_active_idx" ON "asset"("organization_id", "kind", "active");

-- CreateIndex
CREATE INDEX "asset_home_service_center_id_idx" ON "asset"("home_service_center_id");

-- CreateIndex
CREATE INDEX "asset_search_text_trgm_idx" ON "asset" USING GIN ("search_text" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "asset_organization_id_registration_key" ON "asset"("organization_id", "registration");

-- CreateIndex
CREATE UNIQUE INDEX "asset_organization_id_vin_key" ON "asset"("organization_id", "vin");

-- CreateIndex
CREATE INDEX "asset_customer_asset_id_created_at_idx" ON "asset_customer"("asset_id", "created_at");

-- CreateIndex
CREATE INDEX "asset_customer_customer_id_created_at_idx" ON "asset_customer"("customer_id", "created_at");

-- CreateIndex
CREATE INDEX "asset_customer_organization_id_idx" ON "asset_customer"("organization_id");

-- CreateIndex
CREATE UNIQUE INDEX "asset_customer_asset_id_customer_id_key" ON "asset_customer"("asset_id", "customer_id");

-- CreateIndex
CREATE INDEX "work_order_organization_id_created_at_idx" ON "work_order"("organization_id", "created_at");

-- CreateIndex
CREATE INDEX "work_order_organization_id_status_created_at_idx" ON "work_order"("organization_id", "status", "created_at");

-- CreateIndex
CREATE INDEX "work_order_organization_id_customer_id_created_at_idx" ON "work_order"("organization_id", "customer_id", "created_at");

-- CreateIndex
CREATE INDEX "work_order_organization_id_due_date_idx" ON "work_order"("organization_id", "due_date");

-- CreateIndex
CREATE INDEX "work_order_organization_id_updated_at_idx" ON "work_order"("organization_id", "updated_at");

-- CreateIndex
CREATE INDEX "work_order_organization_id_customer_name_idx" ON "work_order"("organization_id", "customer_name");

-- CreateIndex
CREATE INDEX "work_order_asset_id_created_at_idx" ON "work_order"("asset_id", "created_at");

-- CreateIndex
CREATE INDEX "work_order_customer_id_idx" ON "work_order"("customer_id");

-- CreateIndex
CREATE INDEX "work_order_search_text_trgm_idx" ON "work_order" USING GIN ("search_text" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "work_order_organization_id_number_key" ON "work_order"("organization_id", "number");

-- CreateIndex
CREATE UNIQUE INDEX "work_order_service_center_id_sequence_key" ON "work_order"("service_center_id", "sequence");

-- AddForeignKey
ALTER TABLE "service_center" ADD CONSTRAINT "service_center_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "asset" ADD CONSTRAINT "asset_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "asset" ADD CONSTRAINT "asset_home_service_center_id_fkey" FOREIGN KEY ("home_service_center_id") REFERENCES "service_center"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "asset_customer" ADD CONSTRAINT "asset_customer_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "asset_customer" ADD CONSTRAINT "asset_customer_asset_id_fkey" FOREIGN KEY ("asset_id") REFERENCES "asset"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "asset_customer" ADD CONSTRAINT "asset_customer_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "work_order" ADD CONSTRAINT "work_order_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "work_order" ADD CONSTRAINT "work_order_service_center_id_fkey" FOREIGN KEY ("service_center_id") REFERENCES "service_center"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "work_order" ADD CONSTRAINT "work_order_asset_id_fkey" FOREIGN KEY ("asset_id") REFERENCES "asset"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "work_order" ADD CONSTRAINT "work_order_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "work_order" ADD CONSTRAINT "work_order_lead_technician_id_fkey" FOREIGN KEY ("lead_technician_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Constraints schema.prisma cannot express. scripts/prisma-diff.mjs appends this file to the SQL
-- Prisma generates, so the schema-drift test demands that the migrations create them too.

-- At most one primary customer per asset; only a current link may be primary.
CREATE UNIQUE INDEX "asset_customer_one_primary_idx" ON "asset_customer"("asset_id") WHERE "is_primary";

ALTER TABLE "asset_customer" ADD CONSTRAINT "asset_customer_primary_is_current_check" CHECK (NOT "is_primary" OR "status" = 'current');

-- A registration belongs to an aircraft and a VIN to a vehicle.
ALTER TABLE "asset" ADD CONSTRAINT "asset_kind_identifier_check" CHECK (("kind" = 'aircraft' AND "vin" IS NULL AND "registration" IS NOT NULL) OR ("kind" = 'vehicle' AND "registration" IS NULL));

-- A work-order sequence is positive.
ALTER TABLE "work_order" ADD CONSTRAINT "work_order_sequence_check" CHECK ("sequence" > 0);
