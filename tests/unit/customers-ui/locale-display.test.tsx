// @vitest-environment jsdom
// Money and country names follow the viewer's locale from DisplayPrefs: the customer form's country select
// lists German names for de-DE, and the overview's pieces render "25.000,00 €" and "Deutschland".
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DisplayPrefsProvider } from "@/components/display-prefs";
import { Money } from "@/components/money";
import { CountryCode, CountryName } from "@/components/country-name";
import { CustomerForm } from "@/app/(app)/customers/_components/customer-form";
import { buildNewCustomerValues } from "@/app/(app)/customers/_components/customer-form-values";

vi.mock("next/navigation", () => ({ useRouter: () => ({ push: vi.fn(), refresh: vi.fn() }) }));
vi.mock("@/lib/duplicates/actions", () => ({ findDuplicatesAction: vi.fn(async () => ({ data: [] })) }));
vi.mock("@/lib/customers/actions", () => ({ createCustomerAction: vi.fn(), updateCustomerAction: vi.fn() }));
vi.mock("@/lib/live/actions", () => ({
  heartbeatPresenceAction: vi.fn(async () => ({ data: { resource: "", people: [] } })),
  leavePresenceAction: vi.fn(async () => ({ data: undefined })),
}));

afterEach(cleanup);

const inLocale = (locale: string, children: React.ReactNode) =>
  render(
    <DisplayPrefsProvider value={{ locale, timeZone: "Europe/Berlin" }} renderedAt={0}>
      {children}
    </DisplayPrefsProvider>,
  );

describe("locale-aware customer display", () => {
  it("shows money and countries in German for de-DE", () => {
    inLocale(
      "de-DE",
      <p data-testid="out">
        <Money amount="25000.00" currency="EUR" /> | <CountryName code="CH" /> | <CountryCode code="NL" />
      </p>,
    );
    const out = screen.getByTestId("out");
    expect(out.textContent?.replace(/\u00a0/g, " ")).toBe("25.000,00 € | Schweiz | NL");
    expect(within(out).getByTitle("Niederlande").textContent).toBe("NL");
  });

  it("shows money and countries in English for en-US", () => {
    inLocale(
      "en-US",
      <p data-testid="out">
        <Money amount="25000.00" currency="USD" /> | <CountryName code="CH" />
      </p>,
    );
    expect(screen.getByTestId("out").textContent).toBe("$25,000.00 | Switzerland");
  });

  it("lists the form's countries by their names in the viewer's language", () => {
    inLocale(
      "fr-FR",
      <CustomerForm
        mode={{ kind: "create" }}
        defaultValues={buildNewCustomerValues({ country: "DE", currency: "EUR" })}
        tiers={[]}
      />,
    );
    const select = screen.getByRole("combobox", { name: "Country" });
    expect(within(select).getByRole("option", { selected: true }).textContent).toBe("Allemagne");
    expect(within(select).getByRole("option", { name: "Suisse" })).toBeTruthy();
  });
});
