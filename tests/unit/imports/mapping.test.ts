import { describe, expect, it } from "vitest";
import { customerInputSchema } from "@/lib/customers/schemas";
import { applyMapping } from "@/lib/imports/map/apply";
import { exportColumns } from "@/lib/customers/export/columns";
import { headersForPath } from "@/lib/imports/map/paths";
import { importTargets, type MappingTarget } from "@/lib/imports/map/targets";
import { proposeMapping, validateMapping, type ColumnMapping } from "@/lib/imports/map/propose";

const targetsOf = (headers: string[], saved?: ColumnMapping[]) =>
  Object.fromEntries(proposeMapping(headers, saved).map((entry) => [entry.header, entry.target]));

describe("importTargets", () => {
  it("names only real customer input fields (plus company, tier and the contact)", () => {
    const extra = new Set(["company", "tier"]);
    const fields = Object.keys(customerInputSchema.in.shape);
    for (const { key } of importTargets) {
      if (!key.startsWith("contact.") && !extra.has(key)) expect(fields).toContain(key);
    }
  });
});

describe("proposeMapping", () => {
  it("reads case, spacing, accents and punctuation loosely", () => {
    expect(targetsOf(["  E-MAIL ", "zip_code", "Account #", "Acct. No.", "Téléphone", "State/Province"])).toEqual({
      "  E-MAIL ": "email",
      zip_code: "postalCode",
      "Account #": "accountNumber",
      "Acct. No.": "ignore",
      Téléphone: "phone",
      "State/Province": "region",
    });
  });

  it("maps a Google Contacts export", () => {
    const headers = [
      "Name",
      "Given Name",
      "Additional Name",
      "Family Name",
      "Notes",
      "Group Membership",
      "E-mail 1 - Type",
      "E-mail 1 - Value",
      "Phone 1 - Type",
      "Phone 1 - Value",
      "Phone 2 - Type",
      "Phone 2 - Value",
      "Address 1 - Street",
      "Address 1 - City",
      "Address 1 - Region",
      "Address 1 - Postal Code",
      "Address 1 - Country",
      "Address 1 - Extended Address",
      "Organization 1 - Name",
      "Organization 1 - Title",
      "Website 1 - Value",
    ];
    expect(targetsOf(headers)).toMatchObject({
      Name: "name",
      "Given Name": "firstName",
      "Additional Name": "ignore",
      "Family Name": "lastName",
      Notes: "notes",
      "Group Membership": "tags",
      "E-mail 1 - Type": "ignore",
      "E-mail 1 - Value": "email",
      "Phone 1 - Type": "phoneType",
      "Phone 1 - Value": "phone",
      "Phone 2 - Type": "secondaryPhoneType",
      "Phone 2 - Value": "secondaryPhone",
      "Address 1 - Street": "addressLine1",
      "Address 1 - City": "city",
      "Address 1 - Region": "region",
      "Address 1 - Postal Code": "postalCode",
      "Address 1 - Country": "country",
      "Address 1 - Extended Address": "addressLine2",
      "Organization 1 - Name": "company",
      "Organization 1 - Title": "contact.jobTitle",
      "Website 1 - Value": "website",
    });
  });

  it("maps an Outlook export", () => {
    const headers = [
      "Title",
      "First Name",
      "Middle Name",
      "Last Name",
      "Company",
      "Job Title",
      "Business Street",
      "Business Street 2",
      "Business City",
      "Business State",
      "Business Postal Code",
      "Business Country/Region",
      "Business Phone",
      "Business Phone 2",
      "Mobile Phone",
      "E-mail Address",
      "E-mail 2 Address",
      "Categories",
      "Notes",
      "Web Page",
    ];
    expect(targetsOf(headers)).toMatchObject({
      Title: "ignore",
      "First Name": "firstName",
      "Last Name": "lastName",
      Company: "company",
      "Job Title": "contact.jobTitle",
      "Business Street": "addressLine1",
      "Business Street 2": "addressLine2",
      "Business City": "city",
      "Business State": "region",
      "Business Postal Code": "postalCode",
      "Business Country/Region": "country",
      "Business Phone": "phone",
      "Business Phone 2": "secondaryPhone",
      "Mobile Phone": "ignore",
      "E-mail Address": "email",
      "E-mail 2 Address": "ignore",
      Categories: "tags",
      Notes: "notes",
      "Web Page": "website",
    });
  });

  it("maps a QuickBooks customer export", () => {
    const headers = [
      "Customer",
      "Company",
      "First Name",
      "Last Name",
      "Main Phone",
      "Alt. Phone",
      "Main Email",
      "Bill to 1",
      "Bill to 2",
      "Ship to 1",
      "Account No.",
      "Terms",
      "Credit Limit",
      "Fax",
    ];
    expect(targetsOf(headers)).toMatchObject({
      Customer: "name",
      Company: "company",
      "First Name": "firstName",
      "Last Name": "lastName",
      "Main Phone": "phone",
      "Alt. Phone": "secondaryPhone",
      "Main Email": "email",
      "Bill to 1": "addressLine1",
      "Bill to 2": "addressLine2",
      "Ship to 1": "shippingLine1",
      "Account No.": "accountNumber",
      Terms: "paymentTermsDays",
      "Credit Limit": "creditLimit",
      Fax: "ignore",
    });
  });

  it("maps a HubSpot companies export", () => {
    const headers = [
      "Record ID",
      "Company name",
      "Company Domain Name",
      "Phone Number",
      "Street Address",
      "Street Address 2",
      "City",
      "State/Region",
      "Postal Code",
      "Country/Region",
      "Industry",
      "Company owner",
      "Create Date",
    ];
    expect(targetsOf(headers)).toEqual({
      "Record ID": "accountNumber",
      "Company name": "company",
      "Company Domain Name": "website",
      "Phone Number": "phone",
      "Street Address": "addressLine1",
      "Street Address 2": "addressLine2",
      City: "city",
      "State/Region": "region",
      "Postal Code": "postalCode",
      "Country/Region": "country",
      Industry: "ignore",
      "Company owner": "ignore",
      "Create Date": "customerSince",
    });
  });

  it("maps a Salesforce accounts export", () => {
    const headers = [
      "Account Name",
      "Account Number",
      "Type",
      "Phone",
      "Website",
      "Billing Street",
      "Billing City",
      "Billing State/Province",
      "Billing Zip/Postal Code",
      "Billing Country",
      "Shipping Street",
      "Shipping City",
      "Shipping State/Province",
      "Shipping Zip/Postal Code",
      "Shipping Country",
      "Description",
    ];
    expect(targetsOf(headers)).toEqual({
      "Account Name": "company",
      "Account Number": "accountNumber",
      Type: "ignore",
      Phone: "phone",
      Website: "website",
      "Billing Street": "addressLine1",
      "Billing City": "city",
      "Billing State/Province": "region",
      "Billing Zip/Postal Code": "postalCode",
      "Billing Country": "country",
      "Shipping Street": "shippingLine1",
      "Shipping City": "shippingCity",
      "Shipping State/Province": "shippingRegion",
      "Shipping Zip/Postal Code": "shippingPostalCode",
      "Shipping Country": "shippingCountry",
      Description: "notes",
    });
  });

  it("maps a Xero contacts export (words run together in camel case)", () => {
    const headers = [
      "*ContactName",
      "AccountNumber",
      "EmailAddress",
      "FirstName",
      "LastName",
      "POAddressLine1",
      "POAddressLine2",
      "POCity",
      "PORegion",
      "POPostalCode",
      "POCountry",
      "SAAddressLine1",
      "SACity",
      "PhoneNumber",
      "MobileNumber",
      "Website",
      "TaxNumber",
    ];
    expect(targetsOf(headers)).toEqual({
      "*ContactName": "name",
      AccountNumber: "accountNumber",
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
      SACity: "shippingCity",
      PhoneNumber: "phone",
      MobileNumber: "secondaryPhone",
      Website: "website",
      TaxNumber: "taxId",
    });
  });

  it("maps contact columns when a contact is described", () => {
    expect(
      targetsOf(["Company", "Contact First Name", "Contact Last Name", "Contact Email", "Job Title", "Primary"]),
    ).toEqual({
      Company: "company",
      "Contact First Name": "contact.firstName",
      "Contact Last Name": "contact.lastName",
      "Contact Email": "contact.email",
      "Job Title": "contact.jobTitle",
      Primary: "contact.primary",
    });
  });

  it("never maps two columns to one single-valued target", () => {
    expect(targetsOf(["Email", "E-mail Address", "Notes", "Comments", "Tags", "Labels"])).toEqual({
      Email: "email",
      "E-mail Address": "ignore",
      Notes: "notes",
      Comments: "notes",
      Tags: "tags",
      Labels: "tags",
    });
  });

  it("falls back to loose matches for headers no synonym names", () => {
    expect(targetsOf(["Customer E-mail", "Zip/Postal", "Email Opt Out"])).toEqual({
      "Customer E-mail": "email",
      "Zip/Postal": "postalCode",
      "Email Opt Out": "ignore",
    });
  });

  it("applies a saved mapping by header name first, including deliberate ignores", () => {
    const saved: ColumnMapping[] = [
      { column: 5, header: "Kundennummer", target: "accountNumber" },
      { column: 0, header: "email", target: "ignore" },
      { column: 1, header: "Mail 2", target: "email" },
    ];
    expect(targetsOf(["Email", "Kundennummer", "MAIL 2", "Account number"], saved)).toEqual({
      Email: "ignore",
      Kundennummer: "accountNumber",
      "MAIL 2": "email",
      "Account number": "ignore",
    });
  });
});

describe("validateMapping", () => {
  const mapping = (...targets: MappingTarget[]): ColumnMapping[] =>
    targets.map((target, column) => ({ column, header: `H${column}`, target }));

  it("accepts a name, a company, or a first or last name", () => {
    expect(validateMapping(mapping("name"))).toEqual([]);
    expect(validateMapping(mapping("company", "email"))).toEqual([]);
    expect(validateMapping(mapping("lastName", "ignore"))).toEqual([]);
  });

  it("asks for a name source", () => {
    expect(validateMapping(mapping("email", "notes"))).toEqual([
      "Choose the column with the customer's name: Name, Company name, or First name and Last name.",
    ]);
  });

  it("names duplicate single-valued targets but allows several notes and tags columns", () => {
    expect(validateMapping(mapping("name", "email", "email", "notes", "notes", "tags", "tags"))).toEqual([
      'Email is chosen for more than one column ("H1", "H2"); choose it once.',
    ]);
  });

  it("asks for the contact's name and email when any contact column is mapped", () => {
    expect(validateMapping(mapping("name", "contact.phone", "contact.email"))).toEqual([
      "A contact needs Contact first name, Contact last name, Contact email; also choose Contact first name and Contact last name, or set the contact columns to Ignore.",
    ]);
  });

  it("refuses unknown targets", () => {
    expect(
      validateMapping([{ column: 0, header: "X", target: "bogus" as MappingTarget }, ...mapping("name")]),
    ).toContain('"X" is mapped to an unknown field.');
  });
});

describe("applyMapping", () => {
  const map = (headers: string[], cells: string[]) => applyMapping(cells, proposeMapping(headers));

  it("makes a company customer with a contact from a full row", () => {
    const row = map(
      [
        "Company",
        "Account No.",
        "Email",
        "Phone",
        "Country",
        "Tags",
        "Notes",
        "Industry",
        "Terms",
        "Credit Limit",
        "Tier",
        "Contact First Name",
        "Contact Last Name",
        "Contact Email",
        "Primary",
      ],
      [
        "Acme Aviation",
        "ERP-1",
        "OPS@ACME.TEST",
        "(865) 555-0142",
        "United States",
        "vip; fleet | east",
        "Good payer",
        "Aviation",
        "Net 30",
        "$25,000.00",
        "Gold",
        "Ann",
        "Lee",
        "ann@acme.test",
        "yes",
      ],
    );
    expect(row).toEqual({
      customer: {
        kind: "company",
        name: "Acme Aviation",
        accountNumber: "ERP-1",
        email: "OPS@ACME.TEST",
        phone: "(865) 555-0142",
        country: "US",
        tags: ["vip", "fleet", "east"],
        notes: "Good payer",
        paymentTermsDays: "30",
        creditLimit: "25000.00",
      },
      contact: { firstName: "Ann", lastName: "Lee", email: "ann@acme.test", primary: true },
      tierName: "Gold",
    });
    const parsed = customerInputSchema.safeParse(row.customer);
    expect(parsed.success && parsed.data).toMatchObject({
      creditLimit: "25000.00",
      paymentTermsDays: 30,
      email: "ops@acme.test",
    });
  });

  it("puts an unmapped column into notes as Header: value when asked", () => {
    const mapping: ColumnMapping[] = [
      { column: 0, header: "Name", target: "name" },
      { column: 1, header: "Industry", target: "notes" },
      { column: 2, header: "Remarks", target: "notes" },
    ];
    expect(applyMapping(["Acme", "Aviation", "Pays late"], mapping).customer.notes).toBe(
      "Industry: Aviation\nPays late",
    );
  });

  it("makes a person from first and last names and builds the name", () => {
    const row = map(
      ["First Name", "Last Name", "E-mail Address", "Phone 1 - Type"],
      ["Jane", "Doe", "jane@x.test", "* Mobile"],
    );
    expect(row.customer).toEqual({
      kind: "person",
      firstName: "Jane",
      lastName: "Doe",
      name: "Jane Doe",
      email: "jane@x.test",
      phoneType: "mobile",
    });
    expect(row.contact).toBeNull();
  });

  it("prefers the company over a person's name (kept in the notes) when the organization has a value", () => {
    const row = map(["Name", "Organization 1 - Name"], ["Jane Doe", "Doe Air"]);
    expect(row.customer).toEqual({ kind: "company", name: "Doe Air", notes: "Name: Jane Doe" });
    expect(map(["Name", "Organization 1 - Name"], ["Jane Doe", ""]).customer).toEqual({ name: "Jane Doe" });
  });

  it("honours an explicit kind, omits empty cells and unknown phone types, and marks a separate shipping address", () => {
    const row = map(
      ["Type of entity", "Kind", "Name", "City", "Phone Type", "Ship to City", "Status"],
      ["x", "Individual", "Pat", "  ", "Other", "Lyon", "Active"],
    );
    expect(row.customer).toEqual({
      kind: "person",
      name: "Pat",
      shippingCity: "Lyon",
      shippingSameAsBilling: false,
      status: "active",
    });
  });

  it("reads back the labels the customer export writes (Kind, Status, Phone type, Customer type)", () => {
    const headers = exportColumns
      .filter((c) => ["name", "kind", "status", "phone", "phoneType", "customerType"].includes(c.id))
      .map((c) => c.header);
    const row = map(headers, ["Summit Air", "Company", "Suspended", "+1 865 555 0101", "Mobile", "VIP"]);
    expect(row.customer).toMatchObject({
      kind: "company",
      status: "suspended",
      phoneType: "mobile",
      customerType: "vip",
    });
    expect(customerInputSchema.safeParse(row.customer).success).toBe(true);
  });

  it("reads yes/no, countries, money and payment terms the way spreadsheets write them", () => {
    const headers = ["Name", "Primary", "Country", "Credit Limit", "Terms"];
    const cases: [string[], Record<string, unknown>][] = [
      [["A", "X", "usa", "25 000 €", "Due on receipt"], { country: "US", creditLimit: "25000", paymentTermsDays: "0" }],
      [
        ["A", "0", "Deutschland", "USD 1,200.50", "30 days"],
        { country: "DE", creditLimit: "1200.50", paymentTermsDays: "30" },
      ],
      [
        ["A", "maybe", "Atlantis", "lots", "whenever"],
        { country: "Atlantis", creditLimit: "lots", paymentTermsDays: "whenever" },
      ],
    ];
    const primaries = [true, false, "maybe"];
    cases.forEach(([cells, expected], index) => {
      const row = applyMapping(cells, [
        ...proposeMapping(headers).filter((entry) => entry.header !== "Primary"),
        { column: 1, header: "Primary", target: "contact.primary" },
      ]);
      expect(row.customer).toMatchObject(expected);
      expect(row.contact).toEqual({ primary: primaries[index] });
    });
  });

  it("merges tags from several columns and Google's group lists", () => {
    const row = map(["Name", "Group Membership", "Tags"], ["A", "* myContacts ::: Fleet", "east,west"]);
    expect(row.customer.tags).toEqual(["myContacts", "Fleet", "east", "west"]);
  });

  it("keeps the first of several emails and the full list in the notes", () => {
    const row = map(["Name", "E-mail 1 - Value"], ["A", "a@x.test ::: b@x.test"]);
    expect(row.customer).toMatchObject({ email: "a@x.test", notes: "E-mail 1 - Value: a@x.test ::: b@x.test" });
  });
});

describe("applyMapping: a person at a company (Google Contacts, Outlook, Odoo)", () => {
  const headers = [
    "First Name",
    "Last Name",
    "Organization Name",
    "Organization Title",
    "Labels",
    "E-mail 1 - Value",
    "Phone 1 - Value",
  ];
  const map = (cells: string[]) => applyMapping(cells, proposeMapping(headers));

  it("makes the company the customer and the person its contact, with email, phone and title", () => {
    const row = map([
      "Maria",
      "Keller",
      "Alpine Aero GmbH",
      "Head of Maintenance",
      "* myContacts ::: Aviation",
      "m.keller@alpine.example",
      "+49 89 1234567",
    ]);
    expect(row.customer).toEqual({
      kind: "company",
      name: "Alpine Aero GmbH",
      email: "m.keller@alpine.example",
      phone: "+49 89 1234567",
      tags: ["myContacts", "Aviation"],
    });
    expect(row.contact).toEqual({
      firstName: "Maria",
      lastName: "Keller",
      email: "m.keller@alpine.example",
      phone: "+49 89 1234567",
      jobTitle: "Head of Maintenance",
    });
    expect(validateMapping(proposeMapping(headers))).toEqual([]);
  });

  it("keeps a person without an email in the company's notes with their title instead of failing the row", () => {
    const row = map(["Chloé", "Dubois", "Aéro Lyon", "Responsable achats", "Aviation ::: * starred", "", ""]);
    expect(row.customer).toEqual({
      kind: "company",
      name: "Aéro Lyon",
      tags: ["Aviation", "starred"],
      notes: "Contact: Chloé Dubois, Responsable achats",
    });
    expect(row.contact).toBeNull();
  });

  it("keeps a person without an organization as a person customer, their title in the notes", () => {
    const row = map(["Tom", "Baker", "", "Pilot", "* myContacts ::: Aviation", "tom@x.example", ""]);
    expect(row.customer).toEqual({
      kind: "person",
      firstName: "Tom",
      lastName: "Baker",
      name: "Tom Baker",
      email: "tom@x.example",
      tags: ["myContacts", "Aviation"],
      notes: "Organization Title: Pilot",
    });
    expect(row.contact).toBeNull();
  });

  it("uses the first of several numbers and keeps them all in the notes (a row that used to fail, losing its labels)", () => {
    const row = map(["Tom", "Baker", "", "", "Aviation ::: * myContacts", "", "(865) 555-0142 ::: (865) 555-0199"]);
    expect(row.customer).toMatchObject({
      phone: "(865) 555-0142",
      tags: ["Aviation", "myContacts"],
      notes: "Phone 1 - Value: (865) 555-0142 ::: (865) 555-0199",
    });
    expect(customerInputSchema.safeParse({ ...row.customer, country: "US" }).success).toBe(true);
  });

  it("keeps a lone title in the notes when the file has no email column for the person", () => {
    const mapping = proposeMapping(["Company", "First Name", "Last Name", "Job Title"]);
    expect(mapping.map((entry) => entry.target)).toEqual(["company", "firstName", "lastName", "notes"]);
    expect(validateMapping(mapping)).toEqual([]);
    expect(applyMapping(["Acme", "Jane", "Doe", "CFO"], mapping).customer).toEqual({
      kind: "company",
      name: "Acme",
      notes: "Contact: Jane Doe\nJob Title: CFO",
    });
  });

  it("leaves explicit contact columns alone", () => {
    const mapping = proposeMapping(["Company", "First Name", "Last Name", "Contact First Name", "Contact Last Name"]);
    const row = applyMapping(["Acme", "Jane", "Doe", "Ann", "Lee"], mapping);
    expect(row.customer).toMatchObject({ kind: "company", name: "Acme", firstName: "Jane", lastName: "Doe" });
    expect(row.contact).toEqual({ firstName: "Ann", lastName: "Lee" });
  });
});

describe("headersForPath", () => {
  it("names the columns behind an issue, including derived names", () => {
    const mapping = proposeMapping(["Company", "First Name", "E-mail", "Contact Email"]);
    expect(headersForPath(mapping, "email")).toEqual(["E-mail"]);
    expect(headersForPath(mapping, "contact.email")).toEqual(["Contact Email"]);
    expect(headersForPath(mapping, "name")).toEqual(["Company", "First Name"]);
    expect(headersForPath(mapping, "website")).toEqual([]);
  });
});
