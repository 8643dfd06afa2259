// Prisma 7 CLI configuration (used by `prisma generate`; migrations are applied by lib/db/migrate.ts).
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
