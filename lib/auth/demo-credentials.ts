// Demo sign-in credentials: created by the seed and shown on the login page outside production.

export const demoAdmin = {
  email: "admin@skyline.example",
  password: "skyline-admin-2026",
  name: "Avery Admin",
} as const;
export const demoStaff = { email: "staff@skyline.example", password: "skyline-staff-2026", name: "Sam Staff" } as const;

export function shouldShowDemoCredentials(env: { NODE_ENV?: string; SHOW_DEMO_CREDENTIALS?: string } = process.env) {
  return env.NODE_ENV !== "production" || env.SHOW_DEMO_CREDENTIALS === "true";
}
