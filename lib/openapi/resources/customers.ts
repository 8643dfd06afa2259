// The customers resource: list, create, read, update, archive or delete, restore.
import { z } from "zod";
import { customerColumnIds } from "@/lib/customers/columns";
import { archivedFilters } from "@/lib/list-params";
import {
  assetFilters,
  customerKinds,
  customerSortColumns,
  customerStatuses,
  marketingConsentFilters,
  openWorkOrderFilters,
  tagModes,
} from "@/lib/customers/options";
import { selectableCustomer, selectableCustomerRow } from "@/lib/customers/resource";
import { customerSearchSchema } from "@/lib/customers/search-request";
import { listParams } from "@/lib/openapi/common";
import { crudOperations } from "@/lib/openapi/crud";
import type { QueryParam, ResourceSpec } from "@/lib/openapi/registry";
import {
  customerInputDoc,
  customerPatchDoc,
  customerResourceDoc,
  customerSummaryDoc,
} from "@/lib/openapi/resources/customer-schemas";

const archivedParam = {
  name: "archived",
  description: "`exclude` (default) hides archived records, `include` shows them too, `only` shows just them",
  schema: z.enum(archivedFilters).default("exclude"),
};

/** Every answer carrying a customer takes it: the staff-only internal notes are left out otherwise. */
export const includeParam: QueryParam = {
  name: "include",
  description: "`internalNotes` adds the staff-only internal notes (left out otherwise)",
  schema: z.enum(["internalNotes"]),
  list: true,
};

const day = z.iso.date();

/** The list's filters beyond status, kind, tag, tier and owner; the export and POST /customers/search take them too. */
export const advancedFilterParams: QueryParam[] = [
  { name: "tagMode", description: "`any` (default): any of the tags; `all`: every one", schema: z.enum(tagModes) },
  {
    name: "createdFrom",
    description: "Created on or after this day (YYYY-MM-DD, in the organization's time zone)",
    schema: day,
  },
  { name: "createdTo", description: "Created on or before this day", schema: day },
  { name: "activityFrom", description: "Last activity on or after this day", schema: day },
  { name: "activityTo", description: "Last activity on or before this day", schema: day },
  {
    name: "openWorkOrders",
    description: "`yes`: has a work order or quote that is not completed or void; `no`: has none",
    schema: z.enum(openWorkOrderFilters),
  },
  {
    name: "asset",
    description:
      "A current link to a (not archived) `aircraft`, `vehicle`, either (`any`), or to `none`; former links do not count",
    schema: z.enum(assetFilters),
  },
  {
    name: "marketingConsent",
    description: "`yes`: the customer's own marketing consent is granted; `no`: not asked or withdrawn",
    schema: z.enum(marketingConsentFilters),
  },
];

const customer = crudOperations({
  schema: "Customer",
  rowSchema: "CustomerSummary",
  plural: "Customers",
  path: "/customers",
  read: "customer:read",
});

export const customersResource: ResourceSpec = {
  tag: "Customers",
  description: "Companies and people you do business with.",
  schemas: {
    CustomerInput: customerInputDoc,
    CustomerPatch: customerPatchDoc,
    Customer: customerResourceDoc,
    CustomerSummary: customerSummaryDoc,
    CustomerSearch: customerSearchSchema,
  },
  operations: [
    customer.list({
      summary: "List customers",
      description:
        "Each row carries the columns of the customers list; GET /customers/{id} has every field. `q` matches names, " +
        "account number, email, phone digits, live contacts, near-misses of names (typos) and the registration, VIN, " +
        "plate, make or model of a current aircraft or vehicle (`matchedAsset`); one or two characters match the start " +
        "of the name. A search is ordered by `relevance` (exact account number, email or phone; name prefix; word " +
        "prefix; similarity) unless `sort` says otherwise. Lists count up to 10,000 (`meta.totalCapped`); a list the " +
        "database expects to be far larger answers its estimate (`meta.totalEstimated`) instead of counting, and pages " +
        "reach the first 10,000 rows.",
      query: [
        { name: "status", description: "Only these statuses", schema: z.enum(customerStatuses), list: true },
        { name: "kind", description: "Only companies or persons", schema: z.enum(customerKinds), list: true },
        {
          name: "tag",
          description: "Customers with any of these tags (all of them with `tagMode=all`)",
          schema: z.string(),
          list: true,
        },
        {
          name: "tier",
          description: "Customers in any of these tiers (ids), `none` for those without one",
          schema: z.string(),
          list: true,
        },
        { name: "owner", description: "`me` (the key's user), `none` (unowned) or a user id", schema: z.string() },
        {
          name: "cols",
          description:
            "The list's shown columns; `primaryContact` is looked up only when included (default: the list's default columns)",
          schema: z.enum(customerColumnIds),
          list: true,
        },
        archivedParam,
        ...advancedFilterParams,
        ...listParams(customerSortColumns, "name", { relevance: true }),
      ],
      paged: true,
      fieldSelection: selectableCustomerRow,
      success: "One page of customers",
    }),
    {
      operationId: "searchCustomers",
      method: "post",
      path: "/customers/search",
      permission: "customer:read",
      summary: "Search customers with the filters in a JSON body",
      description:
        "The list's query parameters as a JSON object (lists as arrays, e.g. many tags or tiers), for filters too " +
        "long for a URL; the answer is exactly GET /customers'. Unlike the URL, where a bad value falls back to " +
        "its default, an unknown field or bad value is a 422 naming it.",
      body: "CustomerSearch",
      fieldSelection: selectableCustomerRow,
      success: { status: 200, description: "One page of customers", schema: "CustomerSummary", shape: "page" },
      errors: ["VALIDATION"],
    },
    customer.create({
      permission: "customer:create",
      summary: "Create a customer",
      description:
        "Persons need a first or last name, companies a name; phones and postal codes are checked for the country. " +
        "With `?checkDuplicates=true`, a customer that looks like existing ones (same email or phone, also their " +
        "contacts', same account number or website domain, a similar name in the same postal code or city) is not " +
        "created: the 409 lists them in `error.candidates` with a score and the reasons.",
      query: [
        includeParam,
        {
          name: "checkDuplicates",
          description: "`true` refuses (409) a customer that looks like an existing one, listing the candidates",
          schema: z.enum(["true", "false"]).default("false"),
        },
      ],
      success: "The created customer",
    }),
    customer.get({
      summary: "Get a customer",
      query: [includeParam],
      fieldSelection: selectableCustomer,
      success: "The customer",
    }),
    customer.update({
      permission: "customer:update",
      summary: "Update some fields of a customer",
      description: "Cross-field rules run on the merged record. A stale If-Match or `version` is a 409.",
      query: [includeParam],
      success: "The updated customer",
    }),
    customer.archive({
      permission: "customer:archive",
      deletePermission: "customer:delete",
      summary: "Archive a customer (or delete it for good)",
      description: "Archives by default (200 with the archived customer); `?permanent=true` deletes (204).",
      query: [includeParam],
      success: "The archived customer",
    }),
    customer.action("restore", {
      permission: "customer:restore",
      summary: "Restore an archived customer",
      query: [includeParam],
      success: "The restored customer",
    }),
  ],
};
