// Data access entry point: `db` is a lazily created Prisma client for the configured database (the read
// replica's inside `onReplica`, lib/db/read-routing.ts).
import type { Db } from "@/lib/db/client";
import { routedHandle } from "@/lib/db/read-routing";

export type { Db } from "@/lib/db/client";
export { Prisma } from "@/lib/generated/prisma/client";

/** A proxy so importing `db` never opens a connection until it is used, and each use goes where it is routed. */
export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const prisma = routedHandle().prisma;
    const value = Reflect.get(prisma, property, prisma) as unknown;
    return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(prisma) : value;
  },
});

/** Prisma's interactive-transaction client, for functions that must run inside one. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
