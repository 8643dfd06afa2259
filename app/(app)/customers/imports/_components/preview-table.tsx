// The first rows as they will be stored (normalized by the same schema as the form), each with its result.
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { PreviewRowView } from "./types";

const actionLabels: Record<PreviewRowView["action"], string> = {
  create: "Create",
  update: "Update",
  unchanged: "Unchanged",
  skip: "Skip",
  fail: "Invalid",
};

const text = (value: unknown) => (value === null || value === undefined || value === "" ? "" : String(value));

function place(customer: Record<string, unknown>): string {
  return [customer.city, customer.region, customer.country].map(text).filter(Boolean).join(", ");
}

function contactName(contact: PreviewRowView["contact"]): string {
  if (!contact) return "";
  return [contact.firstName, contact.lastName].map(text).filter(Boolean).join(" ") || contact.email;
}

export function PreviewTable({ rows }: { rows: PreviewRowView[] }) {
  return (
    <div className="overflow-x-auto rounded-md border">
      <Table>
        <caption className="sr-only">Preview of the first rows</caption>
        <TableHeader>
          <TableRow>
            <TableHead className="w-16">Row</TableHead>
            <TableHead className="w-24">Result</TableHead>
            <TableHead>Name</TableHead>
            <TableHead>Account number</TableHead>
            <TableHead>Email</TableHead>
            <TableHead>Phone</TableHead>
            <TableHead>Location</TableHead>
            <TableHead>Contact</TableHead>
            <TableHead>Problems</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => {
            const customer = row.customer ?? {};
            const bad = row.action === "fail";
            return (
              <TableRow key={row.rowNumber} aria-invalid={bad || undefined}>
                <TableCell className="tabular-nums">{row.rowNumber}</TableCell>
                <TableCell>
                  <Badge
                    variant={
                      bad
                        ? "destructive"
                        : row.action === "skip" || row.action === "unchanged"
                          ? "outline"
                          : "secondary"
                    }
                  >
                    {actionLabels[row.action]}
                  </Badge>
                </TableCell>
                <TableCell className="font-medium">{text(customer.name)}</TableCell>
                <TableCell>{text(customer.accountNumber)}</TableCell>
                <TableCell>{text(customer.email)}</TableCell>
                <TableCell className="whitespace-nowrap">{text(customer.phone)}</TableCell>
                <TableCell>{place(customer)}</TableCell>
                <TableCell>{contactName(row.contact)}</TableCell>
                <TableCell className="min-w-64 whitespace-normal">
                  {row.issues.length > 0 ? (
                    <ul className="flex flex-col gap-1 text-sm">
                      {row.issues.map((issue, index) => (
                        <li key={index} className={bad ? "text-destructive" : "text-muted-foreground"}>
                          {issue.column ? <span className="font-medium">{issue.column}: </span> : null}
                          {issue.message}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
