// Settings → Privacy: retention periods and the work-order legal hold — defaults, who may change them, and
// the messages for periods that are not whole numbers in range.
import { describe, expect, it } from "vitest";
import { getPrivacySettings, updatePrivacySettings } from "@/lib/privacy/settings";
import { defaultPrivacySettings } from "@/lib/privacy/settings-schema";
import { fieldErrorsOf, makeOrg, makeOrgWithRoles, rejectionOf } from "@/tests/factories";

const valid = {
  retentionArchivedCustomerMonths: 24,
  retentionActivityMonths: 36,
  retentionImportDays: 14,
  workOrderLegalHold: true,
};

describe("privacy settings", () => {
  it("start with nothing erased or deleted and imports purged after 30 days", async () => {
    const org = await makeOrg();
    expect(await getPrivacySettings({ orgId: org.id })).toEqual(defaultPrivacySettings);
  });

  it("are changed by owners and admins, from API numbers or the form's text", async () => {
    const { org, owner, admin } = await makeOrgWithRoles();
    expect(await updatePrivacySettings(owner, valid)).toEqual(valid);
    const fromForm = await updatePrivacySettings(admin, {
      retentionArchivedCustomerMonths: "",
      retentionActivityMonths: " 6 ",
      retentionImportDays: "90",
      workOrderLegalHold: false,
    });
    const expected = {
      retentionArchivedCustomerMonths: null,
      retentionActivityMonths: 6,
      retentionImportDays: 90,
      workOrderLegalHold: false,
    };
    expect(fromForm).toEqual(expected);
    expect(await getPrivacySettings({ orgId: org.id })).toEqual(expected);
  });

  it("refuses managers, staff and viewers, changing nothing", async () => {
    const { org, manager, staff, viewer } = await makeOrgWithRoles();
    for (const ctx of [manager, staff, viewer]) {
      const { code } = await rejectionOf(updatePrivacySettings(ctx, valid));
      expect(code).toBe("FORBIDDEN");
    }
    expect(await getPrivacySettings({ orgId: org.id })).toEqual(defaultPrivacySettings);
  });

  it("changes only the acting organization's settings", async () => {
    const [home, other] = await Promise.all([makeOrgWithRoles(), makeOrgWithRoles()]);
    await updatePrivacySettings(home.owner, valid);
    expect(await getPrivacySettings({ orgId: other.org.id })).toEqual(defaultPrivacySettings);
  });

  it("says which period is wrong and how, saving nothing", async () => {
    const { org, owner } = await makeOrgWithRoles();
    const errors = await fieldErrorsOf(
      updatePrivacySettings(owner, {
        retentionArchivedCustomerMonths: 0,
        retentionActivityMonths: "1.5",
        retentionImportDays: "",
        workOrderLegalHold: "yes",
      }),
    );
    expect(errors).toEqual({
      retentionArchivedCustomerMonths: [
        "Archived customers must be a whole number of months from 1 to 1200, or empty to keep them forever",
      ],
      retentionActivityMonths: [
        "Hand-logged activity must be a whole number of months from 1 to 1200, or empty to keep them forever",
      ],
      retentionImportDays: ["Import files must be kept a whole number of days from 1 to 3650"],
      workOrderLegalHold: ["Legal hold must be true or false"],
    });
    const tooLong = await fieldErrorsOf(updatePrivacySettings(owner, { ...valid, retentionActivityMonths: 1201 }));
    expect(Object.keys(tooLong)).toEqual(["retentionActivityMonths"]);
    expect(await getPrivacySettings({ orgId: org.id })).toEqual(defaultPrivacySettings);
  });
});
