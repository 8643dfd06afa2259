// @vitest-environment jsdom
// The import wizard's mapping and preview steps: the proposal preselected, hand fixes, problems that
// block the preview, the match key that fits the mapping, invalid rows shown with the file's values,
// saved mappings, and starting the run.
import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ImportWizard } from "@/app/(app)/customers/imports/_components/import-wizard";
import { deleteImportMappingAction, saveImportMappingAction, startImportAction } from "@/lib/imports/actions";
import { proposeMapping } from "@/lib/imports/map/propose";
import { describeImportReadingsAction, previewImportAction } from "@/lib/imports/wizard-actions";

const router = vi.hoisted(() => ({ push: vi.fn(), refresh: vi.fn() }));
vi.mock("next/navigation", () => ({ useRouter: () => router }));
vi.mock("@/lib/imports/actions", () => ({
  deleteImportMappingAction: vi.fn(),
  saveImportMappingAction: vi.fn(),
  startImportAction: vi.fn(),
}));
vi.mock("@/lib/imports/wizard-actions", () => ({
  previewImportAction: vi.fn(),
  describeImportReadingsAction: vi.fn(),
}));

const preview = vi.mocked(previewImportAction);
const readings = vi.mocked(describeImportReadingsAction);
const start = vi.mocked(startImportAction);
const save = vi.mocked(saveImportMappingAction);
const remove = vi.mocked(deleteImportMappingAction);

const headers = ["Company", "Kundenreferenz", "E-mail"];
const samples = [
  { rowNumber: 2, cells: ["Acme Air", "K-1", "ops@acme.test"] },
  { rowNumber: 3, cells: ["Bad Co", "K-2", "nope"] },
];

function renderWizard(
  saved: { id: string; name: string; mapping: ReturnType<typeof proposeMapping> }[] = [],
  rows = samples,
) {
  render(
    <ImportWizard
      importId="imp-1"
      headers={headers}
      samples={rows}
      initialMapping={proposeMapping(headers)}
      savedMappings={saved}
    />,
  );
}

/** Buttons are disabled while a server call is pending: wait as a user would. */
async function enabledButton(name: string) {
  const button = (await screen.findByRole("button", { name })) as HTMLButtonElement;
  await waitFor(() => expect(button.disabled).toBe(false));
  return button;
}

const select = (header: string) => screen.getByLabelText(`Import "${header}" as`) as HTMLSelectElement;

beforeEach(() => {
  router.refresh.mockReset();
  preview.mockReset().mockResolvedValue({
    data: [
      {
        rowNumber: 2,
        action: "create",
        customer: { name: "Acme Air", email: "ops@acme.test" } as never,
        contact: null,
        issues: [],
      },
      {
        rowNumber: 3,
        action: "fail",
        customer: null,
        contact: null,
        issues: [{ column: "E-mail", message: "Enter a valid email address" }],
      },
    ],
  });
  readings.mockReset().mockResolvedValue({ data: [] });
  start.mockReset().mockResolvedValue({ data: {} as never });
  save.mockReset().mockResolvedValue({ data: { id: "m-1", name: "ERP", mapping: [] } });
  remove.mockReset().mockResolvedValue({ data: { id: "m-1" } });
});
afterEach(cleanup);

describe("mapping step", () => {
  it("preselects the proposal and shows sample values", () => {
    renderWizard();
    expect(select("Company").value).toBe("company");
    expect(select("Kundenreferenz").value).toBe("ignore");
    expect(select("E-mail").value).toBe("email");
    expect(screen.getByRole("row", { name: /Kundenreferenz/ }).textContent).toContain("K-1 · K-2");
    expect(screen.getByText(/2 of 3 columns will be imported/)).toBeTruthy();
  });

  it("blocks the preview while no column names the customer, and flags a field chosen twice", async () => {
    const user = userEvent.setup();
    renderWizard();
    await user.selectOptions(select("Company"), "ignore");
    expect(screen.getByRole("alert").textContent).toContain("Choose the column with the customer's name");
    expect(screen.getByRole("button", { name: /Preview/ })).toHaveProperty("disabled", true);
    await user.selectOptions(select("Company"), "name");
    await user.selectOptions(select("Kundenreferenz"), "email");
    expect(screen.getByRole("alert").textContent).toContain(
      'Email is chosen for more than one column ("Kundenreferenz", "E-mail")',
    );
    expect(select("Kundenreferenz").getAttribute("aria-invalid")).toBe("true");
  });

  it("applies a saved mapping by header name", async () => {
    const user = userEvent.setup();
    const saved = [
      {
        id: "m-1",
        name: "ERP export",
        mapping: [{ column: 9, header: "kundenreferenz", target: "accountNumber" as const }],
      },
    ];
    renderWizard(saved);
    await user.selectOptions(screen.getByLabelText("Use a saved mapping"), "m-1");
    expect(select("Kundenreferenz").value).toBe("accountNumber");
    expect(select("Company").value).toBe("company");
  });

  it("deletes the chosen saved mapping", async () => {
    const user = userEvent.setup();
    renderWizard([{ id: "m-1", name: "ERP export", mapping: [] }]);
    expect(screen.queryByRole("button", { name: "Delete saved mapping" })).toBeNull();
    await user.selectOptions(screen.getByLabelText("Use a saved mapping"), "m-1");
    await user.click(screen.getByRole("button", { name: "Delete saved mapping" }));
    expect(remove).toHaveBeenCalledWith({ id: "m-1" });
    await waitFor(() => expect(router.refresh).toHaveBeenCalled());
  });

  it("says so, and offers no preview, when the file has no rows below its header", () => {
    renderWizard([], []);
    expect(screen.getByRole("alert").textContent).toContain("The file has column names but no rows below them.");
    expect(screen.getByRole("button", { name: /Preview/ })).toHaveProperty("disabled", true);
  });

  it("saves the current mapping under a name", async () => {
    const user = userEvent.setup();
    renderWizard();
    await user.type(screen.getByLabelText("Save mapping as"), "ERP");
    await user.click(screen.getByRole("button", { name: "Save mapping" }));
    expect(save).toHaveBeenCalledWith({ name: "ERP", mapping: proposeMapping(headers) });
  });
});

describe("preview step", () => {
  it("matches on a mapped key, shows each row's result, and starts the import", async () => {
    const user = userEvent.setup();
    renderWizard();
    await user.click(screen.getByRole("button", { name: /Preview/ }));
    // No account-number column is mapped, so existing customers are matched on email.
    expect(preview).toHaveBeenCalledWith(expect.objectContaining({ id: "imp-1", mode: "upsert", matchOn: "email" }));
    const table = await screen.findByRole("table", { name: "Preview of the first rows" });
    expect((screen.getByLabelText("Match existing customers on") as HTMLSelectElement).value).toBe("email");
    const invalid = within(table).getByRole("row", { name: /Invalid/ });
    expect(invalid.textContent).toContain("Bad Co");
    expect(invalid.textContent).toContain("E-mail: Enter a valid email address");
    expect(screen.getByText(/1 to create, 1 invalid/)).toBeTruthy();

    const mode = screen.getByLabelText("Mode") as HTMLSelectElement;
    await waitFor(() => expect(mode.disabled).toBe(false));
    await user.selectOptions(mode, "create");
    expect(preview).toHaveBeenLastCalledWith(expect.objectContaining({ mode: "create", matchOn: "email" }));

    await user.click(await enabledButton("Start import"));
    expect(start).toHaveBeenCalledWith({
      id: "imp-1",
      mapping: proposeMapping(headers),
      mode: "create",
      matchOn: "email",
      numberFormat: "auto",
      dateFormat: "auto",
    });
    expect(router.refresh).toHaveBeenCalled();
    // No number or date column: nothing to say about how they read.
    expect(screen.queryByLabelText("Numbers in the file")).toBeNull();
    expect(screen.queryByRole("region", { name: "How numbers and dates are read" })).toBeNull();
  });

  it("says how numbers and dates are read and why, and reads them the chosen way", async () => {
    const user = userEvent.setup();
    readings.mockResolvedValue({
      data: [
        {
          column: 1,
          header: "Kreditlimit",
          kind: "number",
          format: "comma",
          reason: 'the value "25.000,00" can only be read with a decimal comma',
          ambiguous: [{ value: "1.000", read: "1000" }],
          ambiguousCount: 3,
        },
        {
          column: 2,
          header: "Since",
          kind: "date",
          format: "mdy",
          reason: "chosen in the import options",
          ambiguous: [],
          ambiguousCount: 0,
        },
      ],
    });
    render(
      <ImportWizard
        importId="imp-1"
        headers={["Company", "Credit limit", "Customer since"]}
        samples={[{ rowNumber: 2, cells: ["Acme Air", "25.000,00", "1/3/2026"] }]}
        initialMapping={proposeMapping(["Company", "Credit limit", "Customer since"])}
        savedMappings={[]}
      />,
    );
    await user.click(screen.getByRole("button", { name: /Preview/ }));
    const summary = await screen.findByRole("region", { name: "How numbers and dates are read" });
    expect(summary.textContent).toContain(
      'Kreditlimit: Numbers read as 1.234,56 — the value "25.000,00" can only be read with a decimal comma. Read this way: 1.000 → 1000 and 2 more.',
    );
    expect(summary.textContent).toContain(
      "Since: Dates read as month/day/year (12/31/2026) — chosen in the import options.",
    );

    const numbers = screen.getByLabelText("Numbers in the file") as HTMLSelectElement;
    await waitFor(() => expect(numbers.disabled).toBe(false));
    await user.selectOptions(numbers, "dot");
    expect(readings).toHaveBeenLastCalledWith(expect.objectContaining({ numberFormat: "dot", dateFormat: "auto" }));
    expect(preview).toHaveBeenLastCalledWith(expect.objectContaining({ numberFormat: "dot" }));
    const dates = screen.getByLabelText("Dates in the file") as HTMLSelectElement;
    await waitFor(() => expect(dates.disabled).toBe(false));
    await user.selectOptions(dates, "dmy");
    await user.click(await enabledButton("Start import"));
    expect(start).toHaveBeenCalledWith(expect.objectContaining({ numberFormat: "dot", dateFormat: "dmy" }));
  });

  it("shows why the server refused to start", async () => {
    const user = userEvent.setup();
    start.mockResolvedValue({ error: { code: "CONFLICT", message: "This import was already started." } });
    renderWizard();
    await user.click(screen.getByRole("button", { name: /Preview/ }));
    await user.click(await enabledButton("Start import"));
    expect((await screen.findByRole("alert")).textContent).toContain("This import was already started.");
    expect(router.refresh).not.toHaveBeenCalled();
  });
});
