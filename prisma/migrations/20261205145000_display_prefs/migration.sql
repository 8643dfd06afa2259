-- Display preferences: the user's time zone and locale (null = not chosen yet) and the organization's defaults.
ALTER TABLE "user" ADD COLUMN "time_zone" TEXT,
ADD COLUMN "locale" TEXT;

ALTER TABLE "organization" ADD COLUMN "default_time_zone" TEXT NOT NULL DEFAULT 'UTC',
ADD COLUMN "default_locale" TEXT NOT NULL DEFAULT 'en-US';
