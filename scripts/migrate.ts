// `npm run db:migrate`: applies pending migrations to DATABASE_URL (or the embedded database).
import { disconnectDb } from "@/lib/db/client";
import { migrateDatabase } from "@/lib/db/setup";

const { applied, skipped } = await migrateDatabase();
console.log(
  `Applied ${applied.length} migration(s)${applied.length ? `: ${applied.join(", ")}` : ""}; ${skipped.length} already applied.`,
);
await disconnectDb();
