// Which columns a table keeps on narrow screens. A column's `meta.showFrom` names the smallest Tailwind
// breakpoint it shows at; below it the column (header and cells) is hidden and its value stays one tap away
// on the record's page. Applied only while the table shows its default columns: columns a user chose show at
// every width, and the table then scrolls inside its own box.
import type { RowData } from "@tanstack/react-table";

export type Breakpoint = "sm" | "md" | "lg" | "xl";

declare module "@tanstack/react-table" {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the generics must match TanStack's declaration
  interface ColumnMeta<TData extends RowData, TValue> {
    /** The narrowest breakpoint the column shows at by default (sm 640, md 768, lg 1024, xl 1280 px). */
    showFrom?: Breakpoint;
  }

  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the generic must match TanStack's declaration
  interface TableMeta<TData extends RowData> {
    /** The default columns are shown, so lower-priority ones give way on narrow screens. */
    responsiveColumns?: boolean;
  }
}

/** Whole class names (Tailwind finds them here): a cell hidden below its breakpoint. */
export const showFromClass: Record<Breakpoint, string> = {
  sm: "hidden sm:table-cell",
  md: "hidden md:table-cell",
  lg: "hidden lg:table-cell",
  xl: "hidden xl:table-cell",
};
