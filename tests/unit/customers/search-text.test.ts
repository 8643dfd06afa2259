// customerSearchText and normalizeSearchTerm: the stored search text and queries fold the same way.
import { describe, expect, it } from "vitest";
import { customerSearchText } from "@/lib/customers/search-text";
import { foldText, normalizeSearchTerm } from "@/lib/search-text";

describe("customerSearchText", () => {
  it("joins the searchable fields lower-cased and without accents", () => {
    const text = customerSearchText({
      name: "Zürich Air",
      displayName: "ZRH  Ops",
      firstName: "Émile",
      lastName: "Ørsted",
      accountNumber: "ZA-1001",
      email: "ops@zurich.test",
    });
    expect(text).toBe("zurich air zuerich air zrh ops emile ørsted za-1001 ops@zurich.test");
  });

  it("adds the digits of phones in international and national layout", () => {
    expect(customerSearchText({ name: "A", phone: "+12125550101" })).toBe("a 12125550101 2125550101");
    expect(customerSearchText({ phone: "+442079460958", secondaryPhone: "+41446681800" })).toBe(
      "442079460958 02079460958 41446681800 0446681800",
    );
  });

  it("skips empty fields", () => {
    expect(customerSearchText({ name: "Solo", displayName: null, email: "", phone: undefined })).toBe("solo");
    expect(customerSearchText({})).toBe("");
  });
});

describe("normalizeSearchTerm", () => {
  it("folds case, accents and spacing like the stored text", () => {
    expect(normalizeSearchTerm("  ZÜRICH   Air ")).toEqual({ text: "zurich air", digits: null });
    expect(foldText("Ｚｕｒｉｃｈ")).toBe("zurich");
  });

  it.each([
    ["555 0101", "5550101"],
    ["(212) 555-01", "21255501"],
    ["+1 415.555/2671", "14155552671"],
    ["123", null],
    ["12", null],
    ["ACME-100", null],
    ["100%", null],
  ])("reads %j as phone digits %j", (q, digits) => {
    expect(normalizeSearchTerm(q).digits).toBe(digits);
  });

  it("returns an empty text for an empty query", () => {
    expect(normalizeSearchTerm("   ")).toEqual({ text: "", digits: null });
  });
});
