// Rows that failed (or imported with a warning): row number, column and reason, one line per problem.
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ImportIssueView } from "./types";

export function IssuesTable({ issues, caption }: { issues: ImportIssueView[]; caption: string }) {
  const lines = issues.flatMap((issue) =>
    issue.messages.map((message, index) => ({ key: `${issue.rowNumber}-${index}`, row: issue.rowNumber, ...message })),
  );
  return (
    <div className="rounded-md border">
      <Table>
        <caption className="sr-only">{caption}</caption>
        <TableHeader>
          <TableRow>
            <TableHead className="w-20">Row</TableHead>
            <TableHead className="w-1/4">Column</TableHead>
            <TableHead>Reason</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {lines.map((line) => (
            <TableRow key={line.key}>
              <TableCell className="tabular-nums">{line.row}</TableCell>
              <TableCell>{line.column ?? <span className="text-muted-foreground">Whole row</span>}</TableCell>
              <TableCell className="whitespace-normal">{line.message}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
