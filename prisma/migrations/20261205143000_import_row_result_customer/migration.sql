-- An import's second-key check names the file row that wrote the customer holding the key, whatever
-- batch wrote it: found by customer per import.
CREATE INDEX "import_row_result_import_id_customer_id_idx" ON "import_row_result"("import_id", "customer_id");
