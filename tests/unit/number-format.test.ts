// Money and counts in the viewer's locale with the record's currency; non-breaking spaces written as " " here.
import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { formatHours, formatMileage } from "@/lib/assets/format";
import { formatListTotal, formatMoney, formatNumber } from "@/lib/number-format";

const spaced = (text: string) => text.replace(/\u00a0/g, " ");
const money = (amount: Parameters<typeof formatMoney>[0], currency: string | null, locale: string) =>
  spaced(formatMoney(amount, currency, { locale }));

describe("formatMoney", () => {
  it.each([
    ["de-DE", "EUR", "25.000,00 €"],
    ["en-US", "USD", "$25,000.00"],
    ["en-US", "EUR", "€25,000.00"],
    ["en-GB", "GBP", "£25,000.00"],
    ["en-CA", "USD", "US$25,000.00"],
    ["fr-FR", "EUR", "25 000,00 €"],
    ["es-ES", "EUR", "25.000,00 €"],
    ["it-IT", "EUR", "25.000,00 €"],
    ["nl-NL", "EUR", "€ 25.000,00"],
    ["pt-BR", "BRL", "R$ 25.000,00"],
    ["de-CH", "CHF", "CHF 25’000.00"],
    ["en-US", "JPY", "¥25,000"],
  ])("formats 25000.00 in %s with %s as %s", (locale, currency, expected) => {
    expect(money("25000.00", currency, locale)).toBe(expected);
  });

  it("formats decimals exactly, without a float: large amounts, Prisma decimals, negatives", () => {
    expect(money("12345678901234567.89", "USD", "en-US")).toBe("$12,345,678,901,234,567.89");
    expect(money(new Prisma.Decimal("1234.5"), "EUR", "de-DE")).toBe("1.234,50 €");
    expect(money("-1234.5", "USD", "en-US")).toBe("-$1,234.50");
    expect(money(0.1 + 0.2, "USD", "en-US")).toBe("$0.30");
  });

  it("shows the amount with two decimals without a currency, and a code Intl cannot read after it", () => {
    expect(money("25000", null, "de-DE")).toBe("25.000,00");
    expect(money("25000", null, "en-US")).toBe("25,000.00");
    expect(money("25000", "EURO", "en-US")).toBe("25,000.00 EURO");
  });

  it("writes every space as a non-breaking one, whichever the ICU build uses", () => {
    const text = formatMoney("25000", "EUR", { locale: "fr-FR" });
    expect(text).toBe("25\u00a0000,00\u00a0€");
    expect(text).not.toMatch(/[ \u202f]/);
  });
});

describe("formatNumber", () => {
  it("groups counts as the locale does", () => {
    expect(formatNumber(1234, { locale: "en-US" })).toBe("1,234");
    expect(formatNumber(1234, { locale: "de-DE" })).toBe("1.234");
    expect(spaced(formatNumber(1234, { locale: "fr-FR" }))).toBe("1 234");
    expect(formatNumber(1234567, { locale: "de-CH" })).toBe("1’234’567");
    expect(formatNumber(0, { locale: "de-DE" })).toBe("0");
  });
});

describe("formatListTotal", () => {
  it("writes an exact total grouped, a capped one as a lower bound and an estimate as about so many", () => {
    const en = { locale: "en-US" };
    expect(formatListTotal({ total: 1234 }, en)).toBe("1,234");
    expect(formatListTotal({ total: 10_000, totalCapped: true }, en)).toBe("10,000+");
    expect(formatListTotal({ total: 1_234_567, totalEstimated: true }, en)).toBe("about 1.2M");
    expect(formatListTotal({ total: 16_384, totalEstimated: true }, en)).toBe("about 16K");
    expect(spaced(formatListTotal({ total: 1_234_567, totalEstimated: true }, { locale: "de-DE" }))).toBe(
      "about 1,2 Mio.",
    );
  });
});

describe("asset numbers", () => {
  it("shows airframe hours with one decimal and mileage grouped, in the viewer's locale", () => {
    expect(spaced(formatHours(1234.5, { locale: "de-DE" }) ?? "")).toBe("1.234,5 h");
    expect(spaced(formatHours(12, { locale: "en-US" }) ?? "")).toBe("12.0 h");
    expect(formatHours(null, { locale: "en-US" })).toBeNull();
    expect(formatMileage(123456, { locale: "de-DE" })).toBe("123.456");
    expect(formatMileage(123456, { locale: "en-GB" })).toBe("123,456");
    expect(formatMileage(undefined, { locale: "en-GB" })).toBeNull();
  });
});
