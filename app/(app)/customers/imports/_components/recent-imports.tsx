// The organization's latest imports, newest first, each linking to its page.
import Link from "next/link";

import { LocalDate } from "@/components/time";
import { showFromClass } from "@/components/data-table/responsive";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { ImportStatusBadge } from "./import-status-badge";
import type { ImportResource } from "./types";

const number = (value: number) => value.toLocaleString("en-US");

export function RecentImports({ imports, total }: { imports: ImportResource[]; total: number }) {
  return (
    <section aria-labelledby="recent-imports-heading" className="flex flex-col gap-3">
      <h2 id="recent-imports-heading" className="text-lg font-semibold">
        Recent imports{total > imports.length ? ` (latest ${imports.length} of ${number(total)})` : ""}
      </h2>
      {imports.length === 0 ? (
        <p className="text-sm text-muted-foreground">No imports yet.</p>
      ) : (
        <div className="rounded-md border">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>File</TableHead>
                <TableHead>Status</TableHead>
                <TableHead className={`text-right ${showFromClass.sm}`}>Rows</TableHead>
                <TableHead className={`text-right ${showFromClass.md}`}>Created</TableHead>
                <TableHead className={`text-right ${showFromClass.md}`}>Updated</TableHead>
                <TableHead className={`text-right ${showFromClass.md}`}>Failed</TableHead>
                <TableHead className={showFromClass.lg}>Uploaded</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {imports.map((file) => (
                <TableRow key={file.id}>
                  <TableCell className="font-medium">
                    <Link href={`/customers/imports/${file.id}`} className="underline-offset-4 hover:underline">
                      {file.filename}
                    </Link>
                    <span className="block text-xs font-normal text-muted-foreground lg:hidden">
                      <LocalDate date={file.createdAt} withTime />
                    </span>
                  </TableCell>
                  <TableCell>
                    <ImportStatusBadge status={file.status} cancelRequested={file.cancelRequested} />
                  </TableCell>
                  <TableCell className={`text-right tabular-nums ${showFromClass.sm}`}>
                    {file.total === null ? "—" : `${number(file.processed)} / ${number(file.total)}`}
                  </TableCell>
                  <TableCell className={`text-right tabular-nums ${showFromClass.md}`}>
                    {number(file.created)}
                  </TableCell>
                  <TableCell className={`text-right tabular-nums ${showFromClass.md}`}>
                    {number(file.updated)}
                  </TableCell>
                  <TableCell className={`text-right tabular-nums ${showFromClass.md}`}>{number(file.failed)}</TableCell>
                  <TableCell className={showFromClass.lg}>
                    <LocalDate date={file.createdAt} withTime />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}
