// Header names in German, French, Spanish, Italian, Dutch and Portuguese, umlaut and ß spellings, names read
// by their neighbours, and the values European exports write (languages, currencies, payment terms, countries).
import { describe, expect, it } from "vitest";
import { proposeMapping } from "@/lib/imports/map/propose";
import { isNotesHeader, normalizeHeader, targetForHeader } from "@/lib/imports/map/synonyms";
import { readCountry, readCurrency, readLanguage, readPaymentTerms } from "@/lib/imports/map/values";

const targetsOf = (headers: string[]) =>
  Object.fromEntries(proposeMapping(headers).map((entry) => [entry.header, entry.target]));

describe("normalizeHeader", () => {
  it("writes ß as ss and meets every spelling of an umlaut", () => {
    expect(normalizeHeader("Straße")).toBe(normalizeHeader("Strasse"));
    expect(normalizeHeader("STRASSE")).toBe("strasse");
    const waehrung = ["Währung", "Waehrung", "Wahrung", "WÄHRUNG", "WAEHRUNG"].map(normalizeHeader);
    expect(new Set(waehrung)).toEqual(new Set(["wahrung"]));
    expect(normalizeHeader("Fälligkeit in Tagen")).toBe(normalizeHeader("Faelligkeit in Tagen"));
    expect(normalizeHeader("Länderkennzeichen")).toBe(normalizeHeader("Laenderkennzeichen"));
    expect(normalizeHeader("Schlagwörter")).toBe(normalizeHeader("Schlagwoerter"));
    expect(normalizeHeader("Æble Œuvre Søren")).toBe("able ouvre soren");
  });

  it("keeps accents, case, punctuation and camel case loose as before", () => {
    expect(normalizeHeader("Código Postal")).toBe("codigo postal");
    expect(normalizeHeader("N° TVA")).toBe("n tva");
    expect(normalizeHeader("POAddressLine1")).toBe("po address line 1");
    expect(normalizeHeader("USt-IdNr.")).toBe("u st id nr");
  });

  it("leaves English headers with ae/oe/ue in them matching what they matched before", () => {
    expect(targetForHeader("E-mail 1 - Value")).toBe("email");
    expect(targetForHeader("Phone 1 - Value")).toBe("phone");
    expect(targetForHeader("Website 1 - Value")).toBe("website");
    expect(targetForHeader("Due Date")).toBeUndefined();
    expect(targetForHeader("Revenue")).toBeUndefined();
    expect(targetForHeader("Queue")).toBeUndefined();
    expect(proposeMapping(["Email Opt Out", "Balance Due"]).map((entry) => entry.target)).toEqual(["ignore", "ignore"]);
  });
});

describe("header synonyms per language", () => {
  it("German (DATEV, Lexware, hand-made)", () => {
    expect(
      targetsOf([
        "Kundennummer",
        "Firma",
        "Name 2",
        "Straße",
        "PLZ",
        "Ort",
        "Bundesland",
        "Land",
        "Telefon",
        "Mobil",
        "E-Mail",
        "Internet",
        "USt-IdNr.",
        "Währung",
        "Sprache",
        "Kreditlimit",
        "Zahlungsziel",
        "Bemerkung",
        "Kategorie",
        "Ansprechpartner",
        "Anrede",
        "Fax",
      ]),
    ).toEqual({
      Kundennummer: "accountNumber",
      Firma: "company",
      "Name 2": "notes",
      Straße: "addressLine1",
      PLZ: "postalCode",
      Ort: "city",
      Bundesland: "region",
      Land: "country",
      Telefon: "phone",
      Mobil: "secondaryPhone",
      "E-Mail": "email",
      Internet: "website",
      "USt-IdNr.": "taxId",
      Währung: "currency",
      Sprache: "language",
      Kreditlimit: "creditLimit",
      Zahlungsziel: "paymentTermsDays",
      Bemerkung: "notes",
      Kategorie: "tags",
      Ansprechpartner: "notes",
      Anrede: "ignore",
      Fax: "ignore",
    });
  });

  it("German spellings without umlauts or ß, abbreviations and run-together words", () => {
    const same: [string[], string][] = [
      [["Kunden-Nr.", "Kundennr", "KundenNr", "Kd.-Nr.", "Debitor", "Debitorennummer", "Konto"], "accountNumber"],
      [["Strasse", "Str.", "STRASSE"], "addressLine1"],
      [["Waehrung", "Wahrung", "WÄHRUNG"], "currency"],
      [["Postleitzahl", "plz"], "postalCode"],
      [["Faelligkeit in Tagen (Debitor)", "Zahlungsbedingungen"], "paymentTermsDays"],
      [["UStIdNr", "Ust-IdNr", "USt-ID", "UID", "Steuernummer"], "taxId"],
      [["Handy", "Mobiltelefon"], "secondaryPhone"],
      [["Name1", "Name 1"], "name"],
    ];
    for (const [headers, target] of same) {
      for (const header of headers) expect([header, targetForHeader(header)]).toEqual([header, target]);
    }
  });

  it("French (Sage, hand-made)", () => {
    expect(
      targetsOf([
        "N° client",
        "Raison sociale",
        "Adresse",
        "Complément d'adresse",
        "Code postal",
        "Ville",
        "Pays",
        "Téléphone",
        "Portable",
        "Courriel",
        "Site web",
        "N° TVA intracommunautaire",
        "Devise",
        "Langue",
        "Limite de crédit",
        "Délai de paiement",
        "Remarques",
        "Fonction",
      ]),
    ).toEqual({
      "N° client": "accountNumber",
      "Raison sociale": "company",
      Adresse: "addressLine1",
      "Complément d'adresse": "addressLine2",
      "Code postal": "postalCode",
      Ville: "city",
      Pays: "country",
      Téléphone: "phone",
      Portable: "secondaryPhone",
      Courriel: "email",
      "Site web": "website",
      "N° TVA intracommunautaire": "taxId",
      Devise: "currency",
      Langue: "language",
      "Limite de crédit": "creditLimit",
      "Délai de paiement": "paymentTermsDays",
      Remarques: "notes",
      Fonction: "notes",
    });
  });

  it("Spanish", () => {
    expect(
      targetsOf([
        "Número de cliente",
        "Razón social",
        "Nombre comercial",
        "Dirección",
        "Código postal",
        "Población",
        "Provincia",
        "País",
        "Teléfono",
        "Móvil",
        "Correo electrónico",
        "Sitio web",
        "NIF/CIF",
        "Moneda",
        "Idioma",
        "Límite de crédito",
        "Plazo de pago",
        "Observaciones",
      ]),
    ).toEqual({
      "Número de cliente": "accountNumber",
      "Razón social": "company",
      "Nombre comercial": "displayName",
      Dirección: "addressLine1",
      "Código postal": "postalCode",
      Población: "city",
      Provincia: "region",
      País: "country",
      Teléfono: "phone",
      Móvil: "secondaryPhone",
      "Correo electrónico": "email",
      "Sitio web": "website",
      "NIF/CIF": "taxId",
      Moneda: "currency",
      Idioma: "language",
      "Límite de crédito": "creditLimit",
      "Plazo de pago": "paymentTermsDays",
      Observaciones: "notes",
    });
  });

  it("Italian", () => {
    expect(
      targetsOf([
        "Codice cliente",
        "Ragione sociale",
        "Indirizzo",
        "CAP",
        "Città",
        "Provincia",
        "Nazione",
        "Telefono",
        "Cellulare",
        "Posta elettronica",
        "Sito web",
        "Partita IVA",
        "Valuta",
        "Lingua",
        "Fido",
        "Termini di pagamento",
        "Note",
      ]),
    ).toEqual({
      "Codice cliente": "accountNumber",
      "Ragione sociale": "company",
      Indirizzo: "addressLine1",
      CAP: "postalCode",
      Città: "city",
      Provincia: "region",
      Nazione: "country",
      Telefono: "phone",
      Cellulare: "secondaryPhone",
      "Posta elettronica": "email",
      "Sito web": "website",
      "Partita IVA": "taxId",
      Valuta: "currency",
      Lingua: "language",
      Fido: "creditLimit",
      "Termini di pagamento": "paymentTermsDays",
      Note: "notes",
    });
  });

  it("Dutch", () => {
    expect(
      targetsOf([
        "Klantnummer",
        "Bedrijfsnaam",
        "Straat",
        "Postcode",
        "Plaats",
        "Provincie",
        "Land",
        "Telefoon",
        "Mobiel",
        "E-mailadres",
        "Website",
        "BTW-nummer",
        "Valuta",
        "Taal",
        "Kredietlimiet",
        "Betalingstermijn",
        "Opmerkingen",
      ]),
    ).toEqual({
      Klantnummer: "accountNumber",
      Bedrijfsnaam: "company",
      Straat: "addressLine1",
      Postcode: "postalCode",
      Plaats: "city",
      Provincie: "region",
      Land: "country",
      Telefoon: "phone",
      Mobiel: "secondaryPhone",
      "E-mailadres": "email",
      Website: "website",
      "BTW-nummer": "taxId",
      Valuta: "currency",
      Taal: "language",
      Kredietlimiet: "creditLimit",
      Betalingstermijn: "paymentTermsDays",
      Opmerkingen: "notes",
    });
  });

  it("Portuguese", () => {
    expect(
      targetsOf([
        "Número do cliente",
        "Razão social",
        "Morada",
        "Código postal",
        "Localidade",
        "Distrito",
        "País",
        "Telefone",
        "Telemóvel",
        "Correio eletrónico",
        "Sítio web",
        "NIF",
        "Moeda",
        "Língua",
        "Limite de crédito",
        "Prazo de pagamento",
        "Observações",
      ]),
    ).toEqual({
      "Número do cliente": "accountNumber",
      "Razão social": "company",
      Morada: "addressLine1",
      "Código postal": "postalCode",
      Localidade: "city",
      Distrito: "region",
      País: "country",
      Telefone: "phone",
      Telemóvel: "secondaryPhone",
      "Correio eletrónico": "email",
      "Sítio web": "website",
      NIF: "taxId",
      Moeda: "currency",
      Língua: "language",
      "Limite de crédito": "creditLimit",
      "Prazo de pagamento": "paymentTermsDays",
      Observações: "notes",
    });
  });

  it("reads a bare name word by its neighbours", () => {
    expect(targetsOf(["Vorname", "Name"])).toEqual({ Vorname: "firstName", Name: "lastName" });
    expect(targetsOf(["Prénom", "Nom"])).toEqual({ Prénom: "firstName", Nom: "lastName" });
    expect(targetsOf(["Voornaam", "Naam"])).toEqual({ Voornaam: "firstName", Naam: "lastName" });
    expect(targetsOf(["Nombre", "Apellidos"])).toEqual({ Nombre: "firstName", Apellidos: "lastName" });
    expect(targetsOf(["Nome", "Cognome"])).toEqual({ Nome: "firstName", Cognome: "lastName" });
    expect(targetsOf(["Nome", "Apelido"])).toEqual({ Nome: "firstName", Apelido: "lastName" });
    // Alone, each is the customer's name.
    for (const word of ["Name", "Nom", "Naam", "Nombre", "Nome"]) expect(targetForHeader(word)).toBe("name");
  });

  it("prefers the more specific of two columns for one target, whatever their order", () => {
    expect(targetsOf(["Zahlungsbedingung", "Fälligkeit in Tagen (Debitor)"])).toEqual({
      Zahlungsbedingung: "ignore",
      "Fälligkeit in Tagen (Debitor)": "paymentTermsDays",
    });
  });

  it("falls back to loose matches in other languages, never for shipping, remarks or bank columns", () => {
    expect(
      targetsOf([
        "Telefon privat",
        "E-Mail privat",
        "PLZ Rechnung",
        "Ort Rechnung",
        "Land Rechnung",
        "Lieferadresse Ort",
        "Bemerkung (Telefon)",
        "Bank Land",
      ]),
    ).toEqual({
      "Telefon privat": "phone",
      "E-Mail privat": "email",
      "PLZ Rechnung": "postalCode",
      "Ort Rechnung": "city",
      "Land Rechnung": "country",
      "Lieferadresse Ort": "ignore",
      "Bemerkung (Telefon)": "ignore",
      "Bank Land": "ignore",
    });
  });

  it("writes a name's continuation and a free-text contact person to the notes with their header", () => {
    expect(isNotesHeader("Bemerkung")).toBe(true);
    expect(isNotesHeader("Observações")).toBe(true);
    expect(isNotesHeader("Name 2")).toBe(false);
    expect(isNotesHeader("Ansprechpartner")).toBe(false);
    expect(isNotesHeader("Industry")).toBe(false);
  });
});

describe("values European exports write", () => {
  it("reads languages by code, locale and name in several languages", () => {
    const cases: [string, string][] = [
      ["de", "de"],
      ["de_DE", "de-DE"],
      ["Deutsch", "de"],
      ["German", "de"],
      ["Allemand", "de"],
      ["Englisch", "en"],
      ["English (US)", "en-US"],
      ["German / Deutsch", "de"],
      ["Français", "fr"],
      ["Español", "es"],
      ["Italiano", "it"],
      ["Nederlands", "nl"],
      ["Português", "pt"],
      ["Klingon-ish", "Klingon-ish"],
    ];
    for (const [value, code] of cases) expect([value, readLanguage(value)]).toEqual([value, code]);
  });

  it("reads currencies by code, sign and name; SAP's ## (any currency) is left out", () => {
    expect(["eur", "€", "Euro", "usd", "CHF"].map(readCurrency)).toEqual(["EUR", "EUR", "EUR", "USD", "CHF"]);
    expect(readCurrency("##")).toBeUndefined();
  });

  it("reads payment terms as people write them in each language", () => {
    const cases: [string, string][] = [
      ["30 Tage netto", "30"],
      ["Netto 30 Tage", "30"],
      ["14 Tage 2% Skonto, 30 Tage netto", "30"],
      ["sofort ohne Abzug", "0"],
      ["Zahlbar sofort", "0"],
      ["30 jours", "30"],
      ["Comptant", "0"],
      ["À réception", "0"],
      ["60 días", "60"],
      ["Contado", "0"],
      ["30 gg", "30"],
      ["Rimessa diretta", "0"],
      ["14 dagen", "14"],
      ["30 dias", "30"],
      ["2/10 net 30", "30"],
      ["30 jours fin de mois", "30 jours fin de mois"],
    ];
    for (const [value, days] of cases) expect([value, readPaymentTerms(value)]).toEqual([value, days]);
  });

  it("reads country names in the export's language", () => {
    const cases: [string, string][] = [
      ["Deutschland", "DE"],
      ["Österreich", "AT"],
      ["Frankreich", "FR"],
      ["Allemagne", "DE"],
      ["Pays-Bas", "NL"],
      ["Alemania", "DE"],
      ["Germania", "DE"],
      ["Duitsland", "DE"],
      ["Alemanha", "DE"],
      ["Schweiz", "CH"],
      ["Vereinigte Staaten", "US"],
      ["Royaume-Uni", "GB"],
    ];
    for (const [value, code] of cases) expect([value, readCountry(value)]).toEqual([value, code]);
  });
});
