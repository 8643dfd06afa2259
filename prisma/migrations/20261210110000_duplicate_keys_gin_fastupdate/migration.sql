-- The email and phone keys' GIN indexes are read by every write that checks for duplicates, an import's
-- every batch per row among them. With fast update, new entries wait in a pending list that every search
-- reads in full until a vacuum or 4 MB of them flushes it: 3–8 ms a lookup during an import (autovacuum
-- may be off or behind). Written straight into the index instead, an insert costs a little more (a
-- customer has a few keys) and a lookup stays fast. The name key's trigram index keeps its pending list:
-- an import looks names up through btrees (lib/duplicates/queries.ts), and writing a name's twenty-odd
-- trigrams straight into the index made the customer insert half as slow again (552 against 374 ms
-- per 1,000 rows in npm run bench:import).
ALTER INDEX "customer_email_keys_idx" SET (fastupdate = off);
ALTER INDEX "customer_phone_keys_idx" SET (fastupdate = off);
