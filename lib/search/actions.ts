"use server";
// The command palette's search as a server action: any member, the acting organization's records only.
import { action } from "@/lib/safe-action";
import { globalSearch, globalSearchInputSchema } from "@/lib/search/global-search";

export const globalSearchAction = action(globalSearchInputSchema, (input, ctx) => globalSearch(ctx, input));
