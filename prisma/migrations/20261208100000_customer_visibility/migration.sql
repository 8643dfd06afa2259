-- Visibility mode (Settings → Privacy, lib/privacy/visibility.ts): in "own_and_shared" staff and viewers see full
-- details only of customers they own or that are shared with them, directly or through a service center they
-- belong to (service_center_member).
CREATE TYPE "visibility_mode" AS ENUM ('everyone', 'own_and_shared');

ALTER TABLE "organization" ADD COLUMN "visibility_mode" "visibility_mode" NOT NULL DEFAULT 'everyone';

CREATE TABLE "customer_share" (
    "id" UUID NOT NULL,
    "organization_id" TEXT NOT NULL,
    "customer_id" UUID NOT NULL,
    "user_id" TEXT,
    "service_center_id" UUID,
    "expires_at" TIMESTAMPTZ(3),
    "created_by_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "customer_share_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "service_center_member" (
    "organization_id" TEXT NOT NULL,
    "service_center_id" UUID NOT NULL,
    "user_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "service_center_member_pkey" PRIMARY KEY ("service_center_id","user_id")
);

CREATE INDEX "customer_share_organization_id_user_id_idx" ON "customer_share"("organization_id", "user_id");
CREATE INDEX "customer_share_organization_id_service_center_id_idx" ON "customer_share"("organization_id", "service_center_id");
CREATE INDEX "customer_share_customer_id_idx" ON "customer_share"("customer_id");
CREATE UNIQUE INDEX "customer_share_customer_id_user_id_key" ON "customer_share"("customer_id", "user_id");
CREATE UNIQUE INDEX "customer_share_customer_id_service_center_id_key" ON "customer_share"("customer_id", "service_center_id");
CREATE INDEX "service_center_member_organization_id_user_id_idx" ON "service_center_member"("organization_id", "user_id");

ALTER TABLE "customer_share" ADD CONSTRAINT "customer_share_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "customer_share" ADD CONSTRAINT "customer_share_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "customer_share" ADD CONSTRAINT "customer_share_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "customer_share" ADD CONSTRAINT "customer_share_service_center_id_fkey" FOREIGN KEY ("service_center_id") REFERENCES "service_center"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "service_center_member" ADD CONSTRAINT "service_center_member_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "service_center_member" ADD CONSTRAINT "service_center_member_service_center_id_fkey" FOREIGN KEY ("service_center_id") REFERENCES "service_center"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "service_center_member" ADD CONSTRAINT "service_center_member_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A share names exactly one target: a member or a service center.
ALTER TABLE "customer_share" ADD CONSTRAINT "customer_share_target_check" CHECK (("user_id" IS NULL) <> ("service_center_id" IS NULL));
