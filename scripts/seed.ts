// `npm run db:seed`: migrates, then creates the demo organization, users, customers and API key
// (skipped when the demo organization already exists).
import { disconnectDb } from "@/lib/db/client";
import { seedDemo } from "@/lib/db/seed";
import { migrateDatabase } from "@/lib/db/setup";

await migrateDatabase();
await seedDemo();
await disconnectDb();
