-- CreateEnum
CREATE TYPE "customer_type" AS ENUM ('standard', 'vip', 'partner');

-- AlterTable
ALTER TABLE "customer" ADD COLUMN "tier_id" UUID,
ADD COLUMN "owner_id" TEXT,
ADD COLUMN "customer_type" "customer_type" NOT NULL DEFAULT 'standard',
ADD COLUMN "credit_limit" DECIMAL(14,2),
ADD COLUMN "payment_terms_days" INTEGER,
ADD COLUMN "shipping_same_as_billing" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN "shipping_line1" VARCHAR(200),
ADD COLUMN "shipping_line2" VARCHAR(200),
ADD COLUMN "shipping_city" VARCHAR(100),
ADD COLUMN "shipping_region" VARCHAR(100),
ADD COLUMN "shipping_postal_code" VARCHAR(20),
ADD COLUMN "shipping_country" CHAR(2),
ADD COLUMN "preferred_shipping_method" VARCHAR(50),
ADD COLUMN "internal_notes" TEXT;

-- CreateTable
CREATE TABLE "customer_tier" (
    "id" UUID NOT NULL,
    "organization_id" TEXT NOT NULL,
    "name" CITEXT NOT NULL,
    "level" INTEGER NOT NULL,
    "discount_percent" DECIMAL(5,2) NOT NULL DEFAULT 0,
    "color" VARCHAR(7) NOT NULL DEFAULT '#64748b',
    "benefits" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "customer_tier_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ownership_transfer" (
    "id" UUID NOT NULL,
    "organization_id" TEXT NOT NULL,
    "customer_id" UUID NOT NULL,
    "from_user_id" TEXT,
    "to_user_id" TEXT NOT NULL,
    "by_user_id" TEXT,
    "reason" VARCHAR(500) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ownership_transfer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "saved_view" (
    "id" UUID NOT NULL,
    "organization_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "resource" VARCHAR(40) NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "shared" BOOLEAN NOT NULL DEFAULT false,
    "state" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "saved_view_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "customer_organization_id_tier_id_name_idx" ON "customer"("organization_id", "tier_id", "name");

-- CreateIndex
CREATE INDEX "customer_organization_id_owner_id_name_idx" ON "customer"("organization_id", "owner_id", "name");

-- CreateIndex
CREATE INDEX "customer_tier_organization_id_level_idx" ON "customer_tier"("organization_id", "level");

-- CreateIndex
CREATE UNIQUE INDEX "customer_tier_organization_id_name_key" ON "customer_tier"("organization_id", "name");

-- CreateIndex
CREATE INDEX "ownership_transfer_customer_id_created_at_idx" ON "ownership_transfer"("customer_id", "created_at");

-- CreateIndex
CREATE INDEX "saved_view_organization_id_resource_shared_idx" ON "saved_view"("organization_id", "resource", "shared");

-- CreateIndex
CREATE UNIQUE INDEX "saved_view_organization_id_user_id_resource_name_key" ON "saved_view"("organization_id", "user_id", "resource", "name");

-- AddForeignKey
ALTER TABLE "customer" ADD CONSTRAINT "customer_tier_id_fkey" FOREIGN KEY ("tier_id") REFERENCES "customer_tier"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "customer" ADD CONSTRAINT "customer_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "customer_tier" ADD CONSTRAINT "customer_tier_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ownership_transfer" ADD CONSTRAINT "ownership_transfer_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ownership_transfer" ADD CONSTRAINT "ownership_transfer_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "saved_view" ADD CONSTRAINT "saved_view_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "saved_view" ADD CONSTRAINT "saved_view_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Tier bounds: level 1 is the highest; a discount is a percentage.
ALTER TABLE "customer_tier" ADD CONSTRAINT "customer_tier_level_check" CHECK ("level" >= 1);

ALTER TABLE "customer_tier" ADD CONSTRAINT "customer_tier_discount_check" CHECK ("discount_percent" >= 0 AND "discount_percent" <= 100);

-- Money and terms are never negative.
ALTER TABLE "customer" ADD CONSTRAINT "customer_credit_limit_check" CHECK ("credit_limit" IS NULL OR "credit_limit" >= 0);

ALTER TABLE "customer" ADD CONSTRAINT "customer_payment_terms_check" CHECK ("payment_terms_days" IS NULL OR "payment_terms_days" BETWEEN 0 AND 365);
