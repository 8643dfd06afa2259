// /settings opens the first section the member's role may see.
import { redirect } from "next/navigation";
import { requireCtx } from "@/lib/auth/session";
import { settingsSectionsFor } from "./_components/sections";

export default async function SettingsPage() {
  const ctx = await requireCtx();
  redirect(settingsSectionsFor(ctx.role)[0]?.href ?? "/customers");
}
