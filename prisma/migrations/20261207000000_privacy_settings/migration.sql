-- Settings → Privacy: how long the nightly retention job keeps archived customers, hand-logged activity and
-- import files (NULL months = keep forever), and whether an erasure keeps the customer's name on work orders.
ALTER TABLE "organization"
  ADD COLUMN "retention_archived_customer_months" INTEGER,
  ADD COLUMN "retention_activity_months" INTEGER,
  ADD COLUMN "retention_import_days" INTEGER NOT NULL DEFAULT 30,
  ADD COLUMN "work_order_legal_hold" BOOLEAN NOT NULL DEFAULT false;
