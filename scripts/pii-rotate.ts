// `npm run pii:rotate`: encrypts every tax id, date of birth and internal note (and the snapshots that copy
// them) not yet under the active key of PII_KEYS — plaintext from before encryption, or an older key's
// ciphertext. Batches of 1,000 rows; safe to stop and run again. Afterwards older keys can be removed.
import { disconnectDb } from "@/lib/db/client";
import { piiKeyring } from "@/lib/privacy/crypto";
import { rotatePii } from "@/lib/privacy/rotate";

const started = Date.now();
try {
  const keyring = piiKeyring();
  console.log(`Re-encrypting under key "${keyring.active.id}" (${keyring.byId.size} key(s) configured)…`);
  const results = await rotatePii({
    onProgress: ({ target, scanned, rewritten }) => console.log(`  ${target}: ${scanned} read, ${rewritten} rewritten`),
  });
  for (const { target, scanned, rewritten } of results) console.log(`${target}: ${rewritten} of ${scanned} rewritten`);
  console.log(
    `Done in ${((Date.now() - started) / 1000).toFixed(1)} s. Every value is under "${keyring.active.id}": ` +
      "keys after it in PII_KEYS can now be removed.",
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await disconnectDb();
}
