-- PII encrypted at rest (lib/privacy/crypto.ts): tax id, date of birth and internal notes hold
-- `v1:<keyId>:<iv>:<ciphertext>` text, longer than the plaintext limits, so tax_id becomes TEXT (its
-- 50-character limit is the input schema's). Existing plaintext is encrypted by the app (`npm run
-- pii:rotate`, and at start-up): a migration cannot read PII_KEYS.
ALTER TABLE "customer" ALTER COLUMN "tax_id" TYPE TEXT;
ALTER TABLE "customer" ADD COLUMN "date_of_birth" TEXT;
