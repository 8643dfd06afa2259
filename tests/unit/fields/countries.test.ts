import { afterEach, describe, expect, it, vi } from "vitest";
import countryNames from "@/lib/fields/country-names.json";
import {
  countryCodes,
  countryOptions,
  getCountryName,
  isCountryCode,
  listCountryNames,
  listCountryOptions,
} from "@/lib/fields/countries";
import { readCountry } from "@/lib/imports/map/values";

afterEach(() => vi.restoreAllMocks());

describe("country names", () => {
  it("has every country in every language, once each", () => {
    for (const [language, pairs] of Object.entries(countryNames.names)) {
      expect(pairs.map(([code]) => code).sort(), language).toEqual(countryCodes);
      expect(
        pairs.every(([code, name]) => name !== "" && name !== code),
        language,
      ).toBe(true);
    }
  });

  it("names a country in the locale's language, English for locales it has no names for", () => {
    expect(getCountryName("DE")).toBe("Germany");
    expect(getCountryName("DE", "de-DE")).toBe("Deutschland");
    expect(getCountryName("CH", "de-AT")).toBe("Schweiz");
    expect(getCountryName("CH", "fr-CH")).toBe("Suisse");
    expect(getCountryName("CH", "it")).toBe("Svizzera");
    expect(getCountryName("NL", "nl-BE")).toBe("Nederland");
    expect(getCountryName("DE", "pt-BR")).toBe("Alemanha");
    expect(getCountryName("DE", "es-419")).toBe("Alemania");
    expect(getCountryName("DE", "ja-JP")).toBe("Germany");
    expect(getCountryName("XX")).toBe("XX");
  });

  it("comes from the generated file, not from the runtime's Intl (Node and Chromium spell some differently)", () => {
    const chromiumLike = vi.spyOn(Intl, "DisplayNames").mockImplementation(() => {
      throw new Error("Intl.DisplayNames must not be consulted for country names");
    });
    expect(getCountryName("HK")).toBe("Hong Kong SAR China");
    expect(getCountryName("PS", "de")).toBe("Palästinensische Autonomiegebiete");
    expect(listCountryOptions("en-GB").find((o) => o.value === "FK")?.label).toBe("Falkland Islands");
    expect(chromiumLike).not.toHaveBeenCalled();
  });

  it("lists options sorted by name in each language, the same array for the same language", () => {
    expect(countryOptions).toHaveLength(249);
    expect(countryOptions.slice(0, 3).map((o) => o.label)).toEqual(["Afghanistan", "Åland Islands", "Albania"]);
    const german = listCountryOptions("de-DE");
    expect(german.slice(0, 2).map((o) => o.label)).toEqual(["Afghanistan", "Ägypten"]);
    expect(listCountryOptions("de-CH")).toBe(german);
    expect(listCountryOptions("zz")).toBe(countryOptions);
  });

  it("knows the codes and every name a country goes by", () => {
    expect(isCountryCode("DE")).toBe(true);
    expect(isCountryCode("de")).toBe(false);
    expect(isCountryCode("XK")).toBe(false);
    const names = new Map(listCountryNames());
    expect(names.get("Vereinigtes Königreich")).toBe("GB");
    expect(names.get("Hong Kong")).toBe("HK");
  });
});

describe("readCountry", () => {
  it.each([
    ["Germany", "DE"],
    ["Deutschland", "DE"],
    ["Allemagne", "DE"],
    ["Alemania", "DE"],
    ["Germania", "DE"],
    ["Duitsland", "DE"],
    ["Alemanha", "DE"],
    ["Österreich", "AT"],
    ["osterreich", "AT"],
    ["Schweiz", "CH"],
    ["Suisse", "CH"],
    ["Svizzera", "CH"],
    ["Zwitserland", "CH"],
    ["Suíça", "CH"],
    ["Frankreich", "FR"],
    ["Niederlande", "NL"],
    ["Pays-Bas", "NL"],
    ["Países Bajos", "NL"],
    ["Vereinigtes Königreich", "GB"],
    ["Royaume-Uni", "GB"],
    ["Regno Unito", "GB"],
    ["Verenigd Koninkrijk", "GB"],
    ["Reino Unido", "GB"],
    ["Vereinigte Staaten", "US"],
    ["États-Unis", "US"],
    ["Estados Unidos", "US"],
    ["Stati Uniti", "US"],
    ["Verenigde Staten", "US"],
    ["EE. UU.", "US"],
    ["United States", "US"],
    ["United States of America", "US"],
    ["USA", "US"],
    ["u.s.a.", "US"],
    ["UK", "GB"],
    ["England", "GB"],
    ["Hong Kong", "HK"],
    ["Hong Kong SAR China", "HK"],
    ["Palestine", "PS"],
    ["Côte d’Ivoire", "CI"],
    ["Cote d'Ivoire", "CI"],
    ["Ivory Coast", "CI"],
    ["Czech Republic", "CZ"],
    ["Tschechien", "CZ"],
    ["Turkey", "TR"],
    ["Türkiye", "TR"],
    ["deu", "DE"],
    [" de ", "DE"],
    ["ru", "RU"],
  ])("reads %s as %s", (written, code) => {
    expect(readCountry(written)).toBe(code);
  });

  it("leaves what it cannot read as typed, for the schema to report", () => {
    expect(readCountry(" Atlantis ")).toBe("Atlantis");
  });
});
