-- Background jobs (lib/jobs) and customer imports: the uploaded file in chunks, staged rows, per-row results and issues, saved mappings.

-- CreateEnum
CREATE TYPE "job_status" AS ENUM ('queued', 'running', 'completed', 'failed', 'cancelled');

-- CreateTable
CREATE TABLE "job" (
    "id" UUID NOT NULL,
    "organization_id" TEXT NOT NULL,
    "kind" VARCHAR(40) NOT NULL,
    "status" "job_status" NOT NULL DEFAULT 'queued',
    "params" JSONB NOT NULL,
    "cursor" JSONB,
    "total" INTEGER,
    "processed" INTEGER NOT NULL DEFAULT 0,
    "created" INTEGER NOT NULL DEFAULT 0,
    "updated" INTEGER NOT NULL DEFAULT 0,
    "skipped" INTEGER NOT NULL DEFAULT 0,
    "failed" INTEGER NOT NULL DEFAULT 0,
    "warnings" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "cancel_requested_at" TIMESTAMPTZ(3),
    "lease_owner" VARCHAR(100),
    "lease_expires_at" TIMESTAMPTZ(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "created_by_id" TEXT,
    "actor_kind" VARCHAR(10) NOT NULL DEFAULT 'user',
    "api_key_id" UUID,
    "started_at" TIMESTAMPTZ(3),
    "finished_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "job_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "import" (
    "id" UUID NOT NULL,
    "organization_id" TEXT NOT NULL,
    "filename" VARCHAR(255) NOT NULL,
    "content_type" VARCHAR(100),
    "byte_size" INTEGER NOT NULL,
    "chunk_count" INTEGER NOT NULL,
    "format" VARCHAR(10) NOT NULL,
    "delimiter" VARCHAR(4),
    "encoding" VARCHAR(20),
    "headers" JSONB NOT NULL,
    "mapping" JSONB,
    "mode" VARCHAR(10),
    "match_on" VARCHAR(20),
    "job_id" UUID,
    "undo_job_id" UUID,
    "created_by_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "import_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "import_file_chunk" (
    "import_id" UUID NOT NULL,
    "seq" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,

    CONSTRAINT "import_file_chunk_pkey" PRIMARY KEY ("import_id","seq")
);

-- CreateTable
CREATE TABLE "import_staged_row" (
    "import_id" UUID NOT NULL,
    "row_number" INTEGER NOT NULL,
    "match_key" TEXT,
    "cells" TEXT[],
    "superseded_by" INTEGER,

    CONSTRAINT "import_staged_row_pkey" PRIMARY KEY ("import_id","row_number")
);

-- CreateTable
CREATE TABLE "import_row_result" (
    "import_id" UUID NOT NULL,
    "row_number" INTEGER NOT NULL,
    "customer_id" UUID NOT NULL,
    "action" VARCHAR(10) NOT NULL,
    "before" JSONB,
    "version_after" INTEGER NOT NULL,
    "contact_id" UUID,
    "contact_action" VARCHAR(10),
    "contact_before" JSONB,
    "contact_version_after" INTEGER,

    CONSTRAINT "import_row_result_pkey" PRIMARY KEY ("import_id","row_number")
);

-- CreateTable
CREATE TABLE "import_row_issue" (
    "import_id" UUID NOT NULL,
    "row_number" INTEGER NOT NULL,
    "severity" VARCHAR(10) NOT NULL,
    "messages" JSONB NOT NULL,
    "cells" TEXT[],

    CONSTRAINT "import_row_issue_pkey" PRIMARY KEY ("import_id","row_number")
);

-- CreateTable
CREATE TABLE "import_mapping" (
    "id" UUID NOT NULL,
    "organization_id" TEXT NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "mapping" JSONB NOT NULL,
    "created_by_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "import_mapping_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "job_organization_id_kind_created_at_idx" ON "job"("organization_id", "kind", "created_at" DESC);

-- CreateIndex
CREATE INDEX "job_status_lease_expires_at_idx" ON "job"("status", "lease_expires_at");

-- CreateIndex
CREATE UNIQUE INDEX "import_job_id_key" ON "import"("job_id");

-- CreateIndex
CREATE UNIQUE INDEX "import_undo_job_id_key" ON "import"("undo_job_id");

-- CreateIndex
CREATE INDEX "import_organization_id_created_at_idx" ON "import"("organization_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "import_staged_row_import_id_match_key_idx" ON "import_staged_row"("import_id", "match_key");

-- CreateIndex
CREATE INDEX "import_row_issue_import_id_severity_row_number_idx" ON "import_row_issue"("import_id", "severity", "row_number");

-- CreateIndex
CREATE UNIQUE INDEX "import_mapping_organization_id_name_key" ON "import_mapping"("organization_id", "name");

-- AddForeignKey
ALTER TABLE "job" ADD CONSTRAINT "job_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "import" ADD CONSTRAINT "import_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "import_file_chunk" ADD CONSTRAINT "import_file_chunk_import_id_fkey" FOREIGN KEY ("import_id") REFERENCES "import"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "import_staged_row" ADD CONSTRAINT "import_staged_row_import_id_fkey" FOREIGN KEY ("import_id") REFERENCES "import"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "import_row_result" ADD CONSTRAINT "import_row_result_import_id_fkey" FOREIGN KEY ("import_id") REFERENCES "import"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "import_row_issue" ADD CONSTRAINT "import_row_issue_import_id_fkey" FOREIGN KEY ("import_id") REFERENCES "import"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "import_mapping" ADD CONSTRAINT "import_mapping_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

