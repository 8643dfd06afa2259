// /settings opens its first section.
import { redirect } from "next/navigation";

export default function SettingsPage() {
  redirect("/settings/users");
}
