// @vitest-environment jsdom
// The list table reads and writes its URL only through the list's codec: the pager shows the page and
// page size the server read (`?perPage=1000` → 100, a page past the end → the last page), writes keep
// today's formats and drop the page on any other change, and the list's query is remembered for the
// detail pages' back links.
import { cleanup, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ColumnDef } from "@tanstack/react-table";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DataTablePagination } from "@/components/data-table/data-table-pagination";
import { useDataTable } from "@/components/data-table/use-data-table";
import { ListBackLink } from "@/components/list-back-link";
import { UrlTabs } from "@/components/url-tabs";
import { TabsList, TabsTrigger } from "@/components/ui/tabs";
import { customerListCodec } from "@/lib/customers/list-params";

const navigation = vi.hoisted(() => ({ search: "", replace: vi.fn() }));

vi.mock("next/navigation", () => ({
  useRouter: () => ({ replace: navigation.replace }),
  usePathname: () => "/customers",
  useSearchParams: () => new URLSearchParams(navigation.search),
}));

type Row = { id: string; name: string };
const columns: ColumnDef<Row, unknown>[] = [{ id: "name", accessorKey: "name", header: "Name" }];

/** A customer list page as the server answered it: `page` is the page it read. */
function Harness({ page, pageCount, total }: { page: number; pageCount: number; total: number }) {
  const { table } = useDataTable({
    codec: customerListCodec,
    result: { rows: [{ id: "1", name: "Acme" }], total, pageCount, page },
    columns,
  });
  return (
    <>
      <button type="button" onClick={() => table.setColumnFilters([{ id: "status", value: ["active", "blocked"] }])}>
        Filter
      </button>
      <button type="button" onClick={() => table.setSorting([{ id: "name", desc: true }])}>
        Sort
      </button>
      <DataTablePagination table={table} />
    </>
  );
}

beforeEach(() => {
  navigation.search = "";
  navigation.replace.mockClear();
  sessionStorage.clear();
});
afterEach(cleanup);

describe("the list table's URL state", () => {
  it("shows the page size the server used for ?perPage=1000: 100, not 25", () => {
    navigation.search = "perPage=1000";
    render(<Harness page={1} pageCount={3} total={220} />);
    expect(screen.getByLabelText("Rows per page")).toHaveProperty("value", "100");
    expect(screen.getByText("Showing 1–100 of 220")).toBeTruthy();
  });

  it("shows the last page the server read for a page past the end", () => {
    navigation.search = "page=99999";
    render(<Harness page={9} pageCount={9} total={220} />);
    expect(screen.getByText("Page 9 of 9")).toBeTruthy();
    expect(screen.getByText("Showing 201–220 of 220")).toBeTruthy();
  });

  it("writes canonical queries: the page kept for paging, dropped for a filter or sort", async () => {
    navigation.search = "q=acme&page=2&perPage=50";
    render(<Harness page={2} pageCount={5} total={220} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Go to next page" }));
    expect(navigation.replace).toHaveBeenLastCalledWith("/customers?q=acme&perPage=50&page=3", { scroll: false });
    await user.click(screen.getByRole("button", { name: "Filter" }));
    expect(navigation.replace).toHaveBeenLastCalledWith("/customers?q=acme&status=active,blocked&perPage=50", {
      scroll: false,
    });
  });

  it("writes a descending sort as -column", async () => {
    render(<Harness page={1} pageCount={1} total={1} />);
    await userEvent.setup().click(screen.getByRole("button", { name: "Sort" }));
    expect(navigation.replace).toHaveBeenLastCalledWith("/customers?sort=-name", { scroll: false });
  });

  it("remembers the list's canonical query for this tab", async () => {
    navigation.search = "status=blocked,bogus&page=2&utm=x";
    render(<Harness page={2} pageCount={3} total={60} />);
    await waitFor(() => expect(sessionStorage.getItem("list-query:/customers")).toBe("status=blocked&page=2"));
  });
});

describe("ListBackLink", () => {
  it("returns to the list as it was, re-read by the list's codec", () => {
    sessionStorage.setItem("list-query:/customers", "q=acme&status=active,bogus&evil=1&page=2");
    render(<ListBackLink href="/customers" label="Customers" />);
    expect(screen.getByRole("link", { name: "Customers" }).getAttribute("href")).toBe(
      "/customers?q=acme&status=active&page=2",
    );
  });

  it("opens the list's defaults when nothing was remembered", () => {
    render(<ListBackLink href="/customers" label="Customers" />);
    expect(screen.getByRole("link", { name: "Customers" }).getAttribute("href")).toBe("/customers");
  });
});

describe("UrlTabs", () => {
  it("opens the tab named by ?tab= and writes ?tab= when another is chosen", async () => {
    navigation.search = "tab=contacts";
    const replaceState = vi.spyOn(window.history, "replaceState");
    render(
      <UrlTabs tabs={["overview", "contacts", "activity"]}>
        <TabsList>
          <TabsTrigger value="overview">Overview</TabsTrigger>
          <TabsTrigger value="contacts">Contacts</TabsTrigger>
          <TabsTrigger value="activity">Activity</TabsTrigger>
        </TabsList>
      </UrlTabs>,
    );
    expect(screen.getByRole("tab", { name: "Contacts" }).getAttribute("aria-selected")).toBe("true");
    const user = userEvent.setup();
    await user.click(screen.getByRole("tab", { name: "Activity" }));
    expect(replaceState).toHaveBeenLastCalledWith(null, "", "/customers?tab=activity");
    await user.click(screen.getByRole("tab", { name: "Overview" }));
    expect(replaceState).toHaveBeenLastCalledWith(null, "", "/customers");
  });
});
