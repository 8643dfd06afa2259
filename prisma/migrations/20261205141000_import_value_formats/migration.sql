-- How an import reads numbers and dates: the choice (auto or a convention) and, once started, each
-- number or date column's convention with its reason.
ALTER TABLE "import" ADD COLUMN "number_format" VARCHAR(10),
ADD COLUMN "date_format" VARCHAR(10),
ADD COLUMN "readings" JSONB;
