-- Consent and preferences (issue 13, item 7), per customer and per contact: marketing consent (granted,
-- withdrawn, not asked), newsletter, preferred contact method (customers; contacts had it), verified email
-- and phone. A contact's yes/no "receives marketing" becomes its marketing consent: yes → granted.
CREATE TYPE "marketing_consent" AS ENUM ('not_asked', 'granted', 'withdrawn');
CREATE TYPE "consent_source" AS ENUM ('form', 'import', 'api');

ALTER TABLE "customer"
  ADD COLUMN "marketing_consent" "marketing_consent" NOT NULL DEFAULT 'not_asked',
  ADD COLUMN "newsletter" BOOLEAN NOT NULL DEFAULT false,
  ADD COLUMN "preferred_contact_method" "contact_method",
  ADD COLUMN "email_verified" BOOLEAN NOT NULL DEFAULT false,
  ADD COLUMN "phone_verified" BOOLEAN NOT NULL DEFAULT false;

ALTER TABLE "contact"
  ADD COLUMN "marketing_consent" "marketing_consent" NOT NULL DEFAULT 'not_asked',
  ADD COLUMN "newsletter" BOOLEAN NOT NULL DEFAULT false,
  ADD COLUMN "email_verified" BOOLEAN NOT NULL DEFAULT false,
  ADD COLUMN "phone_verified" BOOLEAN NOT NULL DEFAULT false;
UPDATE "contact" SET "marketing_consent" = 'granted' WHERE "receives_marketing";
ALTER TABLE "contact" DROP COLUMN "receives_marketing";

-- Every change of a consent or preference: when, by whom (a user, or an API key and the user who made it),
-- the old and new value, and where it came from. Kept on erasure as proof of consent.
CREATE TABLE "consent_change" (
    "id" UUID NOT NULL,
    "organization_id" TEXT NOT NULL,
    "customer_id" UUID NOT NULL,
    "contact_id" UUID,
    "field" VARCHAR(40) NOT NULL,
    "from_value" VARCHAR(40),
    "to_value" VARCHAR(40),
    "source" "consent_source" NOT NULL,
    "actor_id" TEXT,
    "actor_kind" VARCHAR(10) NOT NULL DEFAULT 'user',
    "api_key_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "consent_change_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "consent_change_customer_id_created_at_idx" ON "consent_change"("customer_id", "created_at" DESC);
CREATE INDEX "consent_change_contact_id_idx" ON "consent_change"("contact_id");
ALTER TABLE "consent_change" ADD CONSTRAINT "consent_change_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "consent_change" ADD CONSTRAINT "consent_change_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "consent_change" ADD CONSTRAINT "consent_change_contact_id_fkey" FOREIGN KEY ("contact_id") REFERENCES "contact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The customer list's "has marketing consent" filter: only the consenting customers per organization.
CREATE INDEX "customer_marketing_consent_idx" ON "customer"("organization_id", "archived_at", "id") WHERE "marketing_consent" = 'granted';
