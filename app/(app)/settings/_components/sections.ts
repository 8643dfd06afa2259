// The settings sections and who may open each; the header, the layout and /settings share this list.
import { can, type Permission, type Role } from "@/lib/auth/permissions";

export interface SettingsSection {
  href: string;
  label: string;
}

// No permission: every member may open it.
const sections: (SettingsSection & { permission?: Permission })[] = [
  { href: "/settings/users", label: "Users", permission: "user:read" },
  { href: "/settings/api-keys", label: "API keys", permission: "apiKey:manage" },
  { href: "/settings/webhooks", label: "Webhooks", permission: "webhook:manage" },
  { href: "/settings/service-centers", label: "Service centers", permission: "serviceCenter:read" },
  { href: "/settings/customer-tiers", label: "Customer tiers", permission: "tier:read" },
  { href: "/settings/organization", label: "Organization", permission: "organization:manage" },
  { href: "/settings/privacy", label: "Privacy", permission: "organization:manage" },
  { href: "/settings/preferences", label: "Your preferences" },
  { href: "/settings/notifications", label: "Notifications" },
];

export function settingsSectionsFor(role: Role): SettingsSection[] {
  return sections
    .filter((section) => !section.permission || can(role, section.permission))
    .map(({ href, label }) => ({ href, label }));
}
