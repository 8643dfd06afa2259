// Realistic exports of the systems our users leave (tests/fixtures/imports): the file is read as exported
// (delimiter, encoding, DATEV's first line), the proposed mapping is exactly as listed (every other column
// ignored), it needs no manual change, and the first rows map to the customer and contact expected.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { applyMapping } from "@/lib/imports/map/apply";
import { proposeMapping, validateMapping, type ColumnMapping } from "@/lib/imports/map/propose";
import { readAll } from "./helpers";

const fixtures = path.resolve(import.meta.dirname, "../../fixtures/imports");

async function open(file: string) {
  const { table, rows } = await readAll(
    new Uint8Array(readFileSync(path.join(fixtures, file))),
    { filename: file },
    4096,
  );
  const mapping = proposeMapping(table.headers);
  const mapped = Object.fromEntries(
    mapping.filter((entry) => entry.target !== "ignore").map((entry) => [entry.header, entry.target]),
  );
  const row = (index: number) => applyMapping(rows[index]!.cells, mapping);
  return { table, rows, mapping, mapped, row };
}

const expectUsable = (mapping: ColumnMapping[]) => expect(validateMapping(mapping)).toEqual([]);

describe("DATEV Debitoren/Kreditoren (EXTF, semicolon, Windows-1252, decimal commas)", () => {
  it("skips DATEV's description line, reads the umlauts, and proposes the mapping", async () => {
    const { table, rows, mapping, mapped, row } = await open("datev-debitoren.csv");
    expect(table).toMatchObject({ delimiter: ";", encoding: "windows-1252", headerRowNumber: 2 });
    expect(table.headers).toHaveLength(64);
    expect(rows).toHaveLength(7);
    expect(mapped).toEqual({
      Konto: "accountNumber",
      "Name (Adressattyp Unternehmen)": "company",
      "Name (Adressattyp natürl. Person)": "lastName",
      "Vorname (Adressattyp natürl. Person)": "firstName",
      "Name (Adressattyp keine Angabe)": "name",
      Kurzbezeichnung: "displayName",
      "EU-UStID": "taxId",
      Straße: "addressLine1",
      Postleitzahl: "postalCode",
      Ort: "city",
      Land: "country",
      Adresszusatz: "addressLine2",
      Telefon: "phone",
      "E-Mail": "email",
      Internet: "website",
      Sprache: "language",
      Ansprechpartner: "notes",
      "Kreditlimit (Debitor)": "creditLimit",
      "Fälligkeit in Tagen (Debitor)": "paymentTermsDays",
    });
    expectUsable(mapping);
    expect(row(0).customer).toMatchObject({
      kind: "company",
      name: "Müller Luftfahrttechnik GmbH",
      addressLine1: "Flughafenstraße 12",
      language: "de",
      paymentTermsDays: "30",
      notes: "Ansprechpartner: Frau Keller",
    });
    expect(row(1).customer).toMatchObject({ kind: "person", name: "Jürgen Schäfer", lastName: "Schäfer" });
    expect(row(3).customer).toMatchObject({ city: "Genève", language: "fr", addressLine2: "Case postale 1234" });
  });
});

describe("Lexware customer list (semicolon, Windows-1252, 25.000,00)", () => {
  it("reads Vorname + Name as first and last name, and the person at a company as its contact", async () => {
    const { table, mapping, mapped, row } = await open("lexware-kunden.csv");
    expect(table).toMatchObject({ delimiter: ";", encoding: "windows-1252" });
    expect(mapped).toEqual({
      Kundennummer: "accountNumber",
      Firma: "company",
      Vorname: "firstName",
      Name: "lastName",
      Zusatz: "notes",
      Straße: "addressLine1",
      PLZ: "postalCode",
      Ort: "city",
      Land: "country",
      Telefon: "phone",
      Mobil: "secondaryPhone",
      "E-Mail": "email",
      Internet: "website",
      "USt-IdNr.": "taxId",
      Kreditlimit: "creditLimit",
      Zahlungsbedingung: "paymentTermsDays",
      Sprache: "language",
      Währung: "currency",
      Bemerkung: "notes",
    });
    expectUsable(mapping);
    expect(row(0)).toMatchObject({
      customer: {
        kind: "company",
        name: "Schmitt Kfz-Technik GmbH",
        country: "DE",
        paymentTermsDays: "30",
        language: "de",
        notes: "Zusatz: Werkstatt & Reifendienst\nZahlt zuverlässig",
      },
      contact: { firstName: "Sabine", lastName: "Schmitt", email: "s.schmitt@schmitt-kfz.example" },
    });
    expect(row(1).customer).toMatchObject({
      kind: "person",
      name: "Lukas Brandstätter",
      country: "AT",
      currency: "EUR",
    });
    expect(row(1).customer.paymentTermsDays).toBe("0");
    expect(row(2)).toMatchObject({
      customer: {
        name: "Nordsee Logistik KG",
        language: "en",
        notes: "Contact: Henrik Jansen\nAnsprechpartner ohne E-Mail",
      },
      contact: null,
    });
  });
});

describe("SAP Business One business partners (tab-separated UTF-8 with BOM)", () => {
  it("maps the B1 field names", async () => {
    const { table, mapping, mapped, row } = await open("sap-b1-business-partners.txt");
    expect(table).toMatchObject({ delimiter: "\t", encoding: "utf-8" });
    expect(table.headers[0]).toBe("CardCode");
    expect(mapped).toEqual({
      CardCode: "accountNumber",
      CardName: "name",
      Address: "addressLine1",
      ZipCode: "postalCode",
      City: "city",
      County: "region",
      Country: "country",
      Phone1: "phone",
      Phone2: "secondaryPhone",
      E_Mail: "email",
      IntrntSite: "website",
      LicTradNum: "taxId",
      Currency: "currency",
      CreditLine: "creditLimit",
      Notes: "notes",
    });
    expectUsable(mapping);
    expect(row(0).customer).toMatchObject({ accountNumber: "C20000", currency: "GBP", creditLimit: "50000.00" });
    // "##" (all currencies) leaves the organization's default.
    expect(row(1).customer).not.toHaveProperty("currency");
  });
});

describe("Sage 100 tiers (French, semicolon, Windows-1252, 10 000,00)", () => {
  it("maps the French headers", async () => {
    const { table, mapping, mapped, row } = await open("sage-100-tiers.csv");
    expect(table).toMatchObject({ delimiter: ";", encoding: "windows-1252" });
    expect(mapped).toEqual({
      "N° compte tiers": "accountNumber",
      Intitulé: "name",
      Contact: "notes",
      Adresse: "addressLine1",
      Complément: "addressLine2",
      "Code postal": "postalCode",
      Ville: "city",
      Région: "region",
      Pays: "country",
      Téléphone: "phone",
      "E-mail": "email",
      "N° TVA intracom.": "taxId",
      Devise: "currency",
      Langue: "language",
      "Encours autorisé": "creditLimit",
      Commentaire: "notes",
    });
    expectUsable(mapping);
    expect(row(0).customer).toMatchObject({
      name: "Aéro Services Toulouse SARL",
      country: "FR",
      language: "fr",
      creditLimit: "10000.00",
      notes: "Contact: M. Lefèvre\nRelance à 45 jours",
    });
  });
});

describe("Odoo contacts (res.partner)", () => {
  it("maps the English export; a contact person of a company keeps their name in its notes", async () => {
    const { mapping, mapped, row } = await open("odoo-contacts.csv");
    expect(mapped).toEqual({
      Name: "name",
      "Related Company": "company",
      Street: "addressLine1",
      Street2: "addressLine2",
      City: "city",
      State: "region",
      Zip: "postalCode",
      Country: "country",
      Email: "email",
      Phone: "phone",
      Mobile: "secondaryPhone",
      Website: "website",
      "Tax ID": "taxId",
      Tags: "tags",
      "Job Position": "notes",
      Reference: "accountNumber",
      Language: "language",
      "Customer Payment Terms": "paymentTermsDays",
    });
    expectUsable(mapping);
    expect(row(0).customer).toMatchObject({
      region: "Tennessee",
      language: "en-US",
      paymentTermsDays: "30",
      tags: ["Aviation", "Charter"],
    });
    expect(row(1).customer).toMatchObject({
      kind: "company",
      name: "Summit Air Charter LLC",
      notes: "Name: Dana Whitfield\nJob Position: Director of Maintenance",
    });
    expect(row(2).customer).toMatchObject({ language: "de", paymentTermsDays: "0", country: "DE" });
  });

  it("maps the French export", async () => {
    const { mapping, mapped, row } = await open("odoo-contacts-fr.csv");
    expect(mapped).toEqual({
      Nom: "name",
      "Société liée": "company",
      Rue: "addressLine1",
      "Rue 2": "addressLine2",
      Ville: "city",
      État: "region",
      "Code postal": "postalCode",
      Pays: "country",
      Courriel: "email",
      Téléphone: "phone",
      Mobile: "secondaryPhone",
      "Site web": "website",
      "N° TVA": "taxId",
      Étiquettes: "tags",
      "Poste occupé": "notes",
      Référence: "accountNumber",
      Langue: "language",
    });
    expectUsable(mapping);
    expect(row(0).customer).toMatchObject({ name: "Hélico Maintenance Provence", language: "fr", country: "FR" });
  });
});

describe("QuickBooks Desktop customer list (US)", () => {
  it("maps the columns; the company's person is its contact; an own customer type is a tag", async () => {
    const { mapping, mapped, row } = await open("quickbooks-customers.csv");
    expect(mapped).toEqual({
      Customer: "name",
      Company: "company",
      "First Name": "firstName",
      "Last Name": "lastName",
      "Primary Contact": "notes",
      "Main Phone": "phone",
      "Alt. Phone": "secondaryPhone",
      "Job Title": "contact.jobTitle",
      "Main Email": "email",
      "Bill to 1": "addressLine1",
      "Bill to 2": "addressLine2",
      "Ship to 1": "shippingLine1",
      "Ship to 2": "shippingLine2",
      "Customer Type": "customerType",
      Terms: "paymentTermsDays",
      "Account No.": "accountNumber",
      "Credit Limit": "creditLimit",
    });
    expectUsable(mapping);
    expect(row(0)).toMatchObject({
      customer: {
        name: "Summit Air Charter LLC",
        creditLimit: "25000.00",
        paymentTermsDays: "30",
        tags: ["Commercial"],
      },
      contact: { firstName: "Dana", lastName: "Whitfield", jobTitle: "Director of Maintenance" },
    });
    expect(row(0).customer).not.toHaveProperty("customerType");
    expect(row(1).customer.paymentTermsDays).toBe("30");
    expect(row(2).customer).toMatchObject({ kind: "person", name: "Rivera, Sofia", paymentTermsDays: "0" });
  });
});

describe("Xero contacts", () => {
  it("maps the run-together headers; the legal name names the company and the person is its contact", async () => {
    const { mapping, mapped, row } = await open("xero-contacts.csv");
    expect(mapped).toEqual({
      "*ContactName": "name",
      EmailAddress: "email",
      FirstName: "firstName",
      LastName: "lastName",
      POAddressLine1: "addressLine1",
      POAddressLine2: "addressLine2",
      POCity: "city",
      PORegion: "region",
      POPostalCode: "postalCode",
      POCountry: "country",
      SAAddressLine1: "shippingLine1",
      SAAddressLine2: "shippingLine2",
      SACity: "shippingCity",
      SARegion: "shippingRegion",
      SAPostalCode: "shippingPostalCode",
      SACountry: "shippingCountry",
      PhoneNumber: "phone",
      MobileNumber: "secondaryPhone",
      TaxNumber: "taxId",
      Website: "website",
      LegalName: "company",
      AccountNumber: "accountNumber",
    });
    expectUsable(mapping);
    expect(row(0)).toMatchObject({
      customer: { name: "Kiwi Aero Engineering Limited", country: "NZ", notes: "Name: Kiwi Aero Engineering" },
      contact: { firstName: "Aroha", lastName: "Ngata", email: "accounts@kiwiaero.example" },
    });
  });
});

describe("Google Contacts", () => {
  it("keeps every label, makes the person at an organization its contact with their title", async () => {
    const { mapping, mapped, row } = await open("google-contacts.csv");
    expect(mapped).toEqual({
      "First Name": "firstName",
      "Last Name": "lastName",
      Nickname: "displayName",
      "Organization Name": "company",
      "Organization Title": "contact.jobTitle",
      Notes: "notes",
      Labels: "tags",
      "E-mail 1 - Value": "email",
      "Phone 1 - Label": "phoneType",
      "Phone 1 - Value": "phone",
      "Phone 2 - Label": "secondaryPhoneType",
      "Phone 2 - Value": "secondaryPhone",
      "Address 1 - Street": "addressLine1",
      "Address 1 - City": "city",
      "Address 1 - Region": "region",
      "Address 1 - Postal Code": "postalCode",
      "Address 1 - Country": "country",
      "Address 1 - Extended Address": "addressLine2",
      "Website 1 - Value": "website",
    });
    expectUsable(mapping);
    expect(row(0)).toMatchObject({
      customer: { kind: "company", name: "Alpine Aero Services GmbH", tags: ["myContacts", "Aviation"] },
      contact: { firstName: "Maria", lastName: "Keller", jobTitle: "Head of Maintenance" },
    });
    expect(row(1).customer).toMatchObject({
      kind: "person",
      tags: ["Aviation", "starred", "myContacts"],
      email: "tom.baker@mail.example",
      phone: "(865) 555-0142",
    });
    expect(row(2)).toMatchObject({
      customer: {
        tags: ["myContacts", "Aviation", "Suppliers"],
        notes: "Contact: Chloé Dubois, Responsable achats\nMet at EBACE 2025",
      },
      contact: null,
    });
  });
});

describe("Outlook contacts (German interface, Windows-1252)", () => {
  it("maps the German Outlook headers", async () => {
    const { table, mapping, mapped, row } = await open("outlook-kontakte.csv");
    expect(table).toMatchObject({ delimiter: ",", encoding: "windows-1252" });
    expect(mapped).toEqual({
      Vorname: "firstName",
      Nachname: "lastName",
      Firma: "company",
      Position: "contact.jobTitle",
      "Straße geschäftlich": "addressLine1",
      "Straße geschäftlich 2": "addressLine2",
      "Ort geschäftlich": "city",
      "Region geschäftlich": "region",
      "Postleitzahl geschäftlich": "postalCode",
      "Land/Region geschäftlich": "country",
      "Telefon geschäftlich": "phone",
      Mobiltelefon: "secondaryPhone",
      "E-Mail-Adresse": "email",
      Kategorien: "tags",
      Notizen: "notes",
      Webseite: "website",
    });
    expectUsable(mapping);
    expect(row(0)).toMatchObject({
      customer: { name: "Hanse Jet Service GmbH", country: "DE", tags: ["Luftfahrt", "Kunden"] },
      contact: { firstName: "Anja", lastName: "Becker", jobTitle: "Leiterin CAMO" },
    });
  });
});
