-- CreateEnum
CREATE TYPE "contact_role" AS ENUM ('billing', 'shipping', 'technical', 'other');

-- CreateEnum
CREATE TYPE "contact_method" AS ENUM ('email', 'phone', 'mobile', 'sms');

-- CreateEnum
CREATE TYPE "activity_type" AS ENUM ('change', 'note', 'call', 'email', 'meeting');

-- CreateEnum
CREATE TYPE "activity_entity" AS ENUM ('customer', 'contact', 'asset_link', 'work_order');

-- CreateTable
CREATE TABLE "contact" (
    "id" UUID NOT NULL,
    "organization_id" TEXT NOT NULL,
    "customer_id" UUID NOT NULL,
    "first_name" VARCHAR(100) NOT NULL,
    "last_name" VARCHAR(100) NOT NULL,
    "email" CITEXT NOT NULL,
    "phone" VARCHAR(20),
    "mobile" VARCHAR(20),
    "job_title" VARCHAR(100),
    "is_primary" BOOLEAN NOT NULL DEFAULT false,
    "roles" "contact_role"[] DEFAULT ARRAY[]::"contact_role"[],
    "preferred_contact_method" "contact_method",
    "receives_order_updates" BOOLEAN NOT NULL DEFAULT true,
    "receives_marketing" BOOLEAN NOT NULL DEFAULT false,
    "marketing_consent_at" TIMESTAMPTZ(3),
    "marketing_consent_by_id" TEXT,
    "portal_access" BOOLEAN NOT NULL DEFAULT false,
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by_id" TEXT,
    "updated_by_id" TEXT,
    "deleted_at" TIMESTAMPTZ(3),
    "deleted_by_id" TEXT,

    CONSTRAINT "contact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "activity" (
    "id" UUID NOT NULL,
    "organization_id" TEXT NOT NULL,
    "customer_id" UUID NOT NULL,
    "type" "activity_type" NOT NULL,
    "entity_type" "activity_entity" NOT NULL,
    "entity_id" UUID NOT NULL,
    "action" VARCHAR(40),
    "changes" JSONB,
    "summary" VARCHAR(300) NOT NULL,
    "body" TEXT,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" TEXT,
    "actor_kind" VARCHAR(10) NOT NULL DEFAULT 'user',
    "revert_of_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "activity_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "contact_customer_id_last_name_first_name_idx" ON "contact"("customer_id", "last_name", "first_name");

-- CreateIndex
CREATE INDEX "contact_organization_id_email_idx" ON "contact"("organization_id", "email");

-- CreateIndex
CREATE INDEX "activity_customer_id_created_at_id_idx" ON "activity"("customer_id", "created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "activity_customer_id_type_created_at_idx" ON "activity"("customer_id", "type", "created_at" DESC);

-- CreateIndex
CREATE INDEX "activity_organization_id_created_at_idx" ON "activity"("organization_id", "created_at");

-- CreateIndex
CREATE INDEX "activity_entity_type_entity_id_idx" ON "activity"("entity_type", "entity_id");

-- AddForeignKey
ALTER TABLE "contact" ADD CONSTRAINT "contact_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contact" ADD CONSTRAINT "contact_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activity" ADD CONSTRAINT "activity_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activity" ADD CONSTRAINT "activity_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- At most one primary contact per customer, and one live (not deleted) contact per email and customer.
CREATE UNIQUE INDEX "contact_one_primary_idx" ON "contact"("customer_id") WHERE "is_primary" AND "deleted_at" IS NULL;

CREATE UNIQUE INDEX "contact_customer_email_live_key" ON "contact"("customer_id", "email") WHERE "deleted_at" IS NULL;
