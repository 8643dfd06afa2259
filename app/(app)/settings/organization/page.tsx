// Settings → Organization (admins): the time zone and date format for members who chose none yet and for
// what the server writes on the organization's behalf (export file names).
import type { Metadata } from "next";
import { requireCtx } from "@/lib/auth/session";
import { updateOrgDisplayDefaultsAction } from "@/lib/preferences/actions";
import { getOrgDisplayDefaults, getRenderTime } from "@/lib/preferences/queries";
import { DisplayPrefsForm } from "../_components/display-prefs-form";
import { displayPrefsOptions } from "../_components/display-prefs-options";
import { requirePageAccess } from "../../_components/page-access";

export const metadata: Metadata = { title: "Organization" };

export default async function OrganizationSettingsPage() {
  const ctx = await requireCtx();
  requirePageAccess(ctx, "/settings/organization");
  const defaults = await getOrgDisplayDefaults(ctx);
  const { zones, locales } = displayPrefsOptions(defaults.locale, new Date(getRenderTime()));

  return (
    <section aria-labelledby="organization-heading" className="flex flex-col gap-4">
      <div>
        <h2 id="organization-heading" className="text-lg font-semibold">
          Organization defaults
        </h2>
        <p className="text-sm text-muted-foreground">
          Used for members until they choose their own (their browser&apos;s zone is taken at their first sign-in), and
          for dates in files the app writes, such as the date in an export&apos;s file name.
        </p>
      </div>
      <DisplayPrefsForm
        key={`${defaults.timeZone} ${defaults.locale}`}
        initial={defaults}
        zones={zones}
        locales={locales}
        save={updateOrgDisplayDefaultsAction}
        zoneDescription="The organization's home time zone."
        localeDescription="How dates and numbers are written for members who chose no format of their own."
      />
    </section>
  );
}
