// @vitest-environment jsdom
// The upload step: files refused before sending (type, size, empty), the File sent as the raw request
// body with its name in the URL, progress shown, server errors shown, and the wizard opened on success.
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { UploadCard } from "@/app/(app)/customers/imports/_components/upload-card";

const router = vi.hoisted(() => ({ push: vi.fn(), refresh: vi.fn() }));
vi.mock("next/navigation", () => ({ useRouter: () => router }));

class FakeXhr {
  static last: FakeXhr | null = null;
  method = "";
  url = "";
  headers: Record<string, string> = {};
  body: unknown = null;
  status = 0;
  response: unknown = null;
  responseType = "";
  upload: { onprogress: ((event: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = {
    onprogress: null,
  };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  constructor() {
    FakeXhr.last = this;
  }
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: unknown) {
    this.body = body;
  }
  abort() {
    this.onabort?.();
  }
  respond(status: number, response: unknown) {
    this.status = status;
    this.response = response;
    this.onload?.();
  }
}

beforeEach(() => {
  FakeXhr.last = null;
  router.push.mockReset();
  vi.stubGlobal("XMLHttpRequest", FakeXhr);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const renderCard = () =>
  render(<UploadCard uploadUrl="/api/v1/imports/customers/uploads" maxFileBytes={1000} maxRows={5000} />);
const file = (name: string, content = "Name\nAcme\n", type = "text/csv") => new File([content], name, { type });

describe("UploadCard", () => {
  it("states the limits", () => {
    renderCard();
    expect(screen.getByText(/Up to 1000 B and 5,000 rows/)).toBeTruthy();
  });

  it.each([
    ["customers.pdf", "Name", "Choose a .csv, .tsv, .txt or .xlsx file."],
    ["customers.csv", "x".repeat(1001), "The file is 1001 B; the limit is 1000 B. Split it into smaller files."],
    ["customers.csv", "", "The file is empty."],
  ])("refuses %s before sending it", async (name, content, message) => {
    const user = userEvent.setup({ applyAccept: false });
    renderCard();
    await user.upload(screen.getByLabelText("Choose file"), file(name, content));
    expect(screen.getByRole("alert").textContent).toBe(message);
    expect(FakeXhr.last).toBeNull();
  });

  it("sends the file as the body, shows progress, and opens the import", async () => {
    const user = userEvent.setup();
    renderCard();
    const picked = file("clients 2026.csv");
    await user.upload(screen.getByLabelText("Choose file"), picked);
    const xhr = FakeXhr.last!;
    expect(xhr.method).toBe("POST");
    expect(xhr.url).toBe("/api/v1/imports/customers/uploads?filename=clients%202026.csv");
    expect(xhr.headers["Content-Type"]).toBe("text/csv");
    expect(xhr.body).toBe(picked);
    act(() => xhr.upload.onprogress?.({ lengthComputable: true, loaded: 5, total: 10 }));
    expect(screen.getByText("50%")).toBeTruthy();
    expect(screen.getByRole("progressbar", { name: "Upload progress" })).toBeTruthy();
    act(() => xhr.upload.onprogress?.({ lengthComputable: true, loaded: 10, total: 10 }));
    expect(screen.getByText("Uploaded clients 2026.csv; reading its columns…")).toBeTruthy();
    await act(async () => xhr.respond(201, { data: { id: "imp-9" } }));
    expect(router.push).toHaveBeenCalledWith("/customers/imports/imp-9");
  });

  it("uploads a file dropped on the drop zone", async () => {
    renderCard();
    const zone = screen.getByText("Drag a file here, or").parentElement!;
    const dropped = file("dropped.csv");
    fireEvent.dragOver(zone, { dataTransfer: { files: [dropped] } });
    fireEvent.drop(zone, { dataTransfer: { files: [dropped] } });
    expect(FakeXhr.last?.url).toBe("/api/v1/imports/customers/uploads?filename=dropped.csv");
    expect(FakeXhr.last?.body).toBe(dropped);
  });

  it("shows the server's message when the upload is refused", async () => {
    const user = userEvent.setup();
    renderCard();
    await user.upload(screen.getByLabelText("Choose file"), file("a.csv"));
    await act(async () =>
      FakeXhr.last!.respond(400, { error: { code: "VALIDATION", message: "Row 1 must hold the column names" } }),
    );
    expect(screen.getByRole("alert").textContent).toBe("Row 1 must hold the column names");
    expect(router.push).not.toHaveBeenCalled();
  });
});
