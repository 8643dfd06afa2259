// Settings → Privacy (owners and admins): how long personal data is kept and what an erasure keeps.
import type { Metadata } from "next";
import { requireCtx } from "@/lib/auth/session";
import { getLastRetentionRun } from "@/lib/privacy/retention-schedule";
import { getPrivacySettings } from "@/lib/privacy/settings";
import { getVisibilityMode } from "@/lib/privacy/visibility";
import { requirePageAccess } from "../../_components/page-access";
import { RetentionForm } from "./_components/retention-form";
import { RetentionRunSummary } from "./_components/retention-run";
import { VisibilityForm } from "./_components/visibility-form";

export const metadata: Metadata = { title: "Privacy" };

export default async function PrivacySettingsPage() {
  const ctx = await requireCtx();
  requirePageAccess(ctx, "/settings/privacy");
  const [settings, lastRun, visibilityMode] = await Promise.all([
    getPrivacySettings(ctx),
    getLastRetentionRun(ctx),
    getVisibilityMode(ctx),
  ]);

  // Each privacy setting is its own section under this heading (who sees which customers goes first).
  return (
    <section aria-labelledby="privacy-heading" className="flex flex-col gap-4">
      <div>
        <h2 id="privacy-heading" className="text-lg font-semibold">
          Privacy
        </h2>
        <p className="text-sm text-muted-foreground">
          Who sees which customers, and how long personal data is kept. A nightly job applies the retention periods to
          every customer, activity and import.
        </p>
      </div>
      <VisibilityForm initial={visibilityMode} />
      <RetentionForm initial={settings} />
      <RetentionRunSummary run={lastRun} />
    </section>
  );
}
