"use server";
// API key server actions: builder → mutation → revalidate.
import { revalidatePath } from "next/cache";
import { action, passThrough } from "@/lib/safe-action";
import { createApiKey, revokeApiKey } from "@/lib/api-keys/mutations";
import { apiKeyIdSchema, apiKeyInputSchema } from "@/lib/api-keys/schemas";

const API_KEYS_PATH = "/settings/api-keys";

/** Returns the plaintext key: the only time it is ever shown. */
export const createApiKeyAction = action(passThrough(apiKeyInputSchema), async (input, ctx) => {
  const result = await createApiKey(ctx, input);
  revalidatePath(API_KEYS_PATH);
  return result;
});

export const revokeApiKeyAction = action(apiKeyIdSchema, async ({ id }, ctx) => {
  const result = await revokeApiKey(ctx, id);
  revalidatePath(API_KEYS_PATH);
  return result;
});
