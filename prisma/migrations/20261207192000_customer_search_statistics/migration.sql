-- A search decides from the planner's estimate whether to count its matches or answer "10,000+"
-- straight away (lib/customers/search-page.ts). The estimate of `search_text LIKE '%term%'` comes from
-- the column's histogram: with 1,000 entries instead of 100 it resolves 0.1% of the rows rather than 1%
-- (at 1M customers "summit" is estimated at 17,017 rows for 17,476, where 100 entries said 20,206).
ALTER TABLE "customer" ALTER COLUMN "search_text" SET STATISTICS 1000;
