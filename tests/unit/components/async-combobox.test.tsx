// @vitest-environment jsdom
// The server-searching combobox: debounced search, keyboard choice, clearing, and that a slow
// answer to an older query never replaces the newer one.
import { cleanup, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { AsyncCombobox, type ComboboxOption } from "@/components/async-combobox";

const planes: ComboboxOption[] = [
  { value: "a", label: "N12345 · Cessna 172S", description: "Skyline Aviation" },
  { value: "b", label: "N67890 · Piper PA-28" },
  { value: "c", label: "C-FABC · Cirrus SR22" },
];

function Harness({
  search,
  onChange,
}: {
  search: (q: string) => Promise<ComboboxOption[]>;
  onChange?: (o: ComboboxOption | null) => void;
}) {
  const [value, setValue] = useState<ComboboxOption | null>(null);
  return (
    <AsyncCombobox
      label="Aircraft"
      value={value}
      onChange={(option) => {
        setValue(option);
        onChange?.(option);
      }}
      search={search}
      placeholder="Pick an aircraft"
      emptyMessage="No aircraft found."
    />
  );
}

afterEach(cleanup);

describe("AsyncCombobox", () => {
  it("searches as the user types and picks an option with the keyboard", async () => {
    const search = vi.fn(async (q: string) => planes.filter((p) => p.label.toLowerCase().includes(q.toLowerCase())));
    const onChange = vi.fn();
    const user = userEvent.setup();
    render(<Harness search={search} onChange={onChange} />);

    await user.click(screen.getByRole("combobox", { name: "Aircraft" }));
    await waitFor(() => expect(screen.getAllByRole("option")).toHaveLength(3));
    await user.type(screen.getByRole("textbox", { name: "Search aircraft" }), "n");
    await waitFor(() => expect(screen.getAllByRole("option")).toHaveLength(2));
    expect(search).toHaveBeenLastCalledWith("n");
    // Debounced: typing one character after the first search issues one more call, not one per render.
    expect(search).toHaveBeenCalledTimes(2);

    await user.keyboard("{ArrowDown}{Enter}");
    expect(onChange).toHaveBeenLastCalledWith(planes[1]!);
    expect(screen.getByRole("combobox", { name: "Aircraft" }).textContent).toContain("N67890 · Piper PA-28");
    expect(screen.queryByRole("listbox")).toBeNull();

    await user.click(screen.getByRole("button", { name: "Clear aircraft" }));
    expect(onChange).toHaveBeenLastCalledWith(null);
    expect(screen.getByRole("combobox", { name: "Aircraft" }).textContent).toContain("Pick an aircraft");
  });

  it("says so when nothing matches or the search fails", async () => {
    const user = userEvent.setup();
    const search = vi.fn(async (q: string) => {
      if (q === "boom") throw new Error("offline");
      return [];
    });
    render(<Harness search={search} />);
    await user.click(screen.getByRole("combobox", { name: "Aircraft" }));
    expect(await screen.findByText("No aircraft found.")).toBeTruthy();
    await user.type(screen.getByRole("textbox", { name: "Search aircraft" }), "boom");
    expect(await screen.findByText("Search failed. Try again.")).toBeTruthy();
  });

  it("keeps the newest query's answer when an older one arrives later", async () => {
    const user = userEvent.setup();
    let releaseSlow: (options: ComboboxOption[]) => void = () => {};
    const search = vi.fn((q: string) =>
      q === "n"
        ? new Promise<ComboboxOption[]>((resolve) => {
            releaseSlow = resolve;
          })
        : Promise.resolve(q === "" ? [] : [planes[2]!]),
    );
    render(<Harness search={search} />);
    await user.click(screen.getByRole("combobox", { name: "Aircraft" }));
    const box = screen.getByRole("textbox", { name: "Search aircraft" });
    await user.type(box, "n");
    await waitFor(() => expect(search).toHaveBeenLastCalledWith("n"));
    await user.clear(box);
    await user.type(box, "c");
    await waitFor(() => expect(screen.getAllByRole("option")).toHaveLength(1));
    releaseSlow([planes[0]!, planes[1]!]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getAllByRole("option").map((o) => o.textContent)).toEqual(["C-FABC · Cirrus SR22"]);
  });
});
