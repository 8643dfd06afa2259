// Signed-out pages (login, invitation, no organization): a centered card on a quiet background.
import { Building2Icon } from "lucide-react";
import { ThemeMenuButton } from "@/components/theme-menu";

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <main className="relative flex min-h-dvh flex-col items-center justify-center gap-6 bg-muted/40 p-6">
      <div className="absolute top-3 right-3">
        <ThemeMenuButton />
      </div>
      <div className="flex items-center gap-2 text-lg font-semibold">
        <span className="flex size-8 items-center justify-center rounded-md bg-primary text-primary-foreground">
          <Building2Icon className="size-4" aria-hidden="true" />
        </span>
        Customer Hub
      </div>
      <div className="w-full max-w-sm">{children}</div>
    </main>
  );
}
