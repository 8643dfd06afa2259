"use client";

// The column mapping: every file column with a few sample values and where it goes.
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ColumnMapping } from "@/lib/imports/map/propose";
import type { MappingTarget } from "@/lib/imports/map/targets";
import { TargetSelect } from "./target-select";

type MappingTableProps = {
  mapping: ColumnMapping[];
  samples: string[][];
  /** Targets chosen for more than one column. */
  duplicateTargets: ReadonlySet<MappingTarget>;
  onChange: (column: number, target: MappingTarget) => void;
};

function sampleValues(samples: string[][], column: number): string[] {
  const values = samples.map((row) => row[column]?.trim() ?? "").filter(Boolean);
  return [...new Set(values)].slice(0, 3);
}

export function MappingTable({ mapping, samples, duplicateTargets, onChange }: MappingTableProps) {
  return (
    <div className="rounded-md border">
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead className="w-1/4">Column in file</TableHead>
            <TableHead>Sample values</TableHead>
            <TableHead className="w-72">Import as</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {mapping.map((entry) => {
            const values = sampleValues(samples, entry.column);
            const selectId = `mapping-${entry.column}`;
            return (
              <TableRow key={entry.column} data-state={entry.target === "ignore" ? undefined : "selected"}>
                <TableCell className="font-medium">
                  <label htmlFor={selectId}>{entry.header}</label>
                </TableCell>
                <TableCell className="max-w-md">
                  {values.length > 0 ? (
                    <span className="block truncate text-muted-foreground" title={values.join(" · ")}>
                      {values.join(" · ")}
                    </span>
                  ) : (
                    <Badge variant="outline">empty</Badge>
                  )}
                </TableCell>
                <TableCell>
                  <TargetSelect
                    id={selectId}
                    header={entry.header}
                    value={entry.target}
                    invalid={duplicateTargets.has(entry.target)}
                    onChange={(target) => onChange(entry.column, target)}
                  />
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
