-- The country that issued a vehicle's licence plate (ISO 3166-1 alpha-2), so its national format can be checked.
ALTER TABLE "asset" ADD COLUMN "plate_country" VARCHAR(2);
