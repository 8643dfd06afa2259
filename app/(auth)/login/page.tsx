// Login: email + password, honouring a relative `next`; shows the demo accounts outside production.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { demoAdmin, demoStaff, shouldShowDemoCredentials } from "@/lib/auth/demo-credentials";
import { sanitizeNextPath } from "@/lib/auth/next-path";
import { getSession } from "@/lib/auth/session";
import { LoginForm } from "./_components/login-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const { next: rawNext } = await searchParams;
  const next = sanitizeNextPath(Array.isArray(rawNext) ? rawNext[0] : rawNext);
  if (await getSession()) redirect(next);

  return (
    <div className="flex flex-col gap-4">
      <Card>
        <CardHeader>
          <CardTitle className="text-xl">
            <h1>Sign in</h1>
          </CardTitle>
          <CardDescription>Use the email and password your administrator gave you.</CardDescription>
        </CardHeader>
        <CardContent>
          <LoginForm next={next} />
        </CardContent>
      </Card>
      {shouldShowDemoCredentials() ? (
        <aside aria-label="Demo accounts" className="rounded-lg border border-dashed bg-background p-4 text-sm">
          <p className="mb-2 font-medium">Demo accounts</p>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-muted-foreground">
            <dt>Admin</dt>
            <dd className="font-mono text-xs leading-5 text-foreground">
              {demoAdmin.email} / {demoAdmin.password}
            </dd>
            <dt>Staff</dt>
            <dd className="font-mono text-xs leading-5 text-foreground">
              {demoStaff.email} / {demoStaff.password}
            </dd>
          </dl>
        </aside>
      ) : null}
    </div>
  );
}
