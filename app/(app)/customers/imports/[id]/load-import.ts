import "server-only";
// Reads the import for its page; an unknown or other-organization id renders the not-found page.
import { notFound } from "next/navigation";
import type { Ctx } from "@/lib/auth/context";
import { isAppError } from "@/lib/errors";
import { getImport } from "@/lib/imports/queries";

export async function loadImport(ctx: Ctx, id: string) {
  try {
    return await getImport(ctx, id);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
