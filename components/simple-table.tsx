// A small table without paging or sorting: the header row (ending with an unlabelled Actions column
// when rows have actions), then the rows, or one row saying why there are none.
import type * as React from "react";

import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

type Column = string | { label: React.ReactNode; className?: string };

type SimpleTableProps = {
  /** The table's accessible name, as a visually hidden caption. */
  caption?: string;
  columns: ReadonlyArray<Column>;
  actions?: boolean;
  /** Shown across the table when there are no rows; pass it only then. */
  empty?: React.ReactNode;
  className?: string;
  children?: React.ReactNode;
};

export function SimpleTable({
  caption,
  columns,
  actions = false,
  empty,
  className = "overflow-hidden rounded-md border",
  children,
}: SimpleTableProps) {
  return (
    <div className={className}>
      <Table>
        {caption ? <caption className="sr-only">{caption}</caption> : null}
        <TableHeader>
          <TableRow>
            {columns.map((column, index) =>
              typeof column === "string" ? (
                <TableHead key={index}>{column}</TableHead>
              ) : (
                <TableHead key={index} className={column.className}>
                  {column.label}
                </TableHead>
              ),
            )}
            {actions ? (
              <TableHead>
                <span className="sr-only">Actions</span>
              </TableHead>
            ) : null}
          </TableRow>
        </TableHeader>
        <TableBody>
          {empty ? (
            <TableRow>
              <TableCell
                colSpan={columns.length + (actions ? 1 : 0)}
                className="py-6 text-center text-sm whitespace-normal text-muted-foreground"
              >
                {empty}
              </TableCell>
            </TableRow>
          ) : (
            children
          )}
        </TableBody>
      </Table>
    </div>
  );
}

/**
 * A row's first cell: its title with badges (Primary, Archived…) beside it, then lines of detail below. It wraps,
 * so a long title never pushes the row's actions off a phone's screen.
 */
export function TitleCell({
  title,
  badges,
  children,
}: {
  title: React.ReactNode;
  badges: React.ReactNode;
  children?: React.ReactNode;
}) {
  return (
    <TableCell className="min-w-40 whitespace-normal">
      <div className="flex flex-wrap items-center gap-2">
        {title}
        {badges}
      </div>
      {children}
    </TableCell>
  );
}
