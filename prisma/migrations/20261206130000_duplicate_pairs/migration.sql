-- Possible duplicates: the scored pairs each scan replaces (customer_a_id < customer_b_id), the pairs
-- dismissed as "not a duplicate" (kept for good; both go with either customer), and a running scan's
-- matches per job (lib/duplicate-pairs/scan.ts).
CREATE TABLE "duplicate_pair" (
    "organization_id" TEXT NOT NULL,
    "customer_a_id" UUID NOT NULL,
    "customer_b_id" UUID NOT NULL,
    "score" INTEGER NOT NULL,
    "reasons" JSONB NOT NULL,
    "computed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "duplicate_pair_pkey" PRIMARY KEY ("customer_a_id","customer_b_id"),
    CONSTRAINT "duplicate_pair_order_check" CHECK ("customer_a_id" < "customer_b_id")
);

CREATE TABLE "duplicate_dismissal" (
    "organization_id" TEXT NOT NULL,
    "customer_a_id" UUID NOT NULL,
    "customer_b_id" UUID NOT NULL,
    "dismissed_by_id" TEXT,
    "dismissed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "note" VARCHAR(500),

    CONSTRAINT "duplicate_dismissal_pkey" PRIMARY KEY ("customer_a_id","customer_b_id"),
    CONSTRAINT "duplicate_dismissal_order_check" CHECK ("customer_a_id" < "customer_b_id")
);

CREATE TABLE "duplicate_candidate" (
    "id" BIGSERIAL NOT NULL,
    "organization_id" TEXT NOT NULL,
    "job_id" UUID NOT NULL,
    "customer_a_id" UUID NOT NULL,
    "customer_b_id" UUID NOT NULL,
    "code" VARCHAR(20) NOT NULL,
    "value" TEXT,
    "similarity" REAL,

    CONSTRAINT "duplicate_candidate_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "duplicate_pair_organization_id_score_idx" ON "duplicate_pair"("organization_id", "score" DESC);

CREATE INDEX "duplicate_pair_customer_b_id_idx" ON "duplicate_pair"("customer_b_id");

CREATE INDEX "duplicate_dismissal_organization_id_idx" ON "duplicate_dismissal"("organization_id");

CREATE INDEX "duplicate_dismissal_customer_b_id_idx" ON "duplicate_dismissal"("customer_b_id");

CREATE INDEX "duplicate_candidate_job_id_idx" ON "duplicate_candidate"("job_id");

ALTER TABLE "duplicate_pair" ADD CONSTRAINT "duplicate_pair_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "duplicate_pair" ADD CONSTRAINT "duplicate_pair_customer_a_id_fkey" FOREIGN KEY ("customer_a_id") REFERENCES "customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "duplicate_pair" ADD CONSTRAINT "duplicate_pair_customer_b_id_fkey" FOREIGN KEY ("customer_b_id") REFERENCES "customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "duplicate_dismissal" ADD CONSTRAINT "duplicate_dismissal_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "duplicate_dismissal" ADD CONSTRAINT "duplicate_dismissal_customer_a_id_fkey" FOREIGN KEY ("customer_a_id") REFERENCES "customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "duplicate_dismissal" ADD CONSTRAINT "duplicate_dismissal_customer_b_id_fkey" FOREIGN KEY ("customer_b_id") REFERENCES "customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "duplicate_candidate" ADD CONSTRAINT "duplicate_candidate_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
