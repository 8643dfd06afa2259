// The settings sections and who may open each; the header, the layout and /settings share this list.
import { can, type Permission, type Role } from "@/lib/auth/permissions";

export interface SettingsSection {
  href: string;
  label: string;
}

const sections: (SettingsSection & { permission: Permission })[] = [
  { href: "/settings/users", label: "Users", permission: "user:read" },
  { href: "/settings/api-keys", label: "API keys", permission: "apiKey:manage" },
  { href: "/settings/service-centers", label: "Service centers", permission: "serviceCenter:read" },
  { href: "/settings/customer-tiers", label: "Customer tiers", permission: "tier:read" },
];

export function settingsSectionsFor(role: Role): SettingsSection[] {
  return sections.filter((section) => can(role, section.permission)).map(({ href, label }) => ({ href, label }));
}
