// Users created by admins, invitations and the seed: a user row plus better-auth's "credential"
// account holding the scrypt password hash, exactly what email sign-in looks up.
import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import type { Db, Tx } from "@/lib/db";

export interface NewUserWithPassword {
  email: string;
  name: string;
  password: string;
}

/** better-auth looks users up by lower-cased email, so every stored email is lower-cased. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** For callers that hash before opening a transaction (scrypt is slow) or must hash whatever happens next. */
export async function createUserWithPasswordHash(
  tx: Tx | Db,
  input: { email: string; name: string; passwordHash: string },
) {
  const id = randomUUID();
  const user = await tx.user.create({
    data: { id, email: normalizeEmail(input.email), name: input.name.trim(), emailVerified: false },
  });
  await tx.account.create({
    data: { id: randomUUID(), accountId: id, providerId: "credential", userId: id, password: input.passwordHash },
  });
  return user;
}

export async function createUserWithPassword(tx: Tx | Db, input: NewUserWithPassword) {
  return createUserWithPasswordHash(tx, { ...input, passwordHash: await hashPassword(input.password) });
}

/**
 * Creates a user with this password hash unless the email already has an account, in one statement
 * that runs the same way either way (no extra query or round trip tells the cases apart) and leaves an
 * existing account exactly as it was. Returns whether an account was created.
 */
export async function createUserUnlessEmailTaken(
  tx: Tx | Db,
  input: { email: string; name: string; passwordHash: string },
): Promise<boolean> {
  const created = await tx.$executeRaw`
    WITH created_user AS (
      INSERT INTO "user" (id, name, email, "emailVerified")
      VALUES (${randomUUID()}, ${input.name.trim()}, ${normalizeEmail(input.email)}, false)
      ON CONFLICT (email) DO NOTHING
      RETURNING id
    )
    INSERT INTO "account" (id, "accountId", "providerId", "userId", password, "updatedAt")
    SELECT ${randomUUID()}, id, 'credential', id, ${input.passwordHash}, CURRENT_TIMESTAMP FROM created_user`;
  return created === 1;
}
