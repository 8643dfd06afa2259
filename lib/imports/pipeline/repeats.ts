// A match key repeated in a file: the last row with it is imported, each earlier one is skipped with a
// warning naming that row and the cells it leaves blank. One SQL expression writes the warning for the
// run (over the staged rows) and for the preview (over the rows it read), so the two cannot differ.
import { applyMapping, matchKeyOf } from "@/lib/imports/check-row";
import { headersForPath } from "@/lib/imports/map/paths";
import type { ImportPlan } from "@/lib/imports/pipeline/types";
import { replaceUnstorable } from "@/lib/validation";

type KeyRules = Pick<ImportPlan, "mapping" | "matchOn">;

/**
 * Reads a row's match key as staging stores it (unstorable characters replaced), looking only at the
 * key's columns, so a scan of the whole file stays fast.
 */
export function matchKeyReader({ mapping, matchOn }: KeyRules): (cells: readonly string[]) => string | null {
  const keyMapping = mapping.filter((entry) => entry.target === matchOn);
  return (cells) => {
    const keyCells: string[] = [];
    for (const { column } of keyMapping) keyCells[column] = replaceUnstorable(cells[column] ?? "");
    return matchKeyOf(applyMapping(keyCells, keyMapping), matchOn);
  };
}

/** The bind values the warning expression refers to, in this order. */
export function repeatWarningParams({ mapping, matchOn }: KeyRules): [string | null, string, number[], string[]] {
  const mapped = mapping.filter((entry) => entry.target !== "ignore");
  return [
    headersForPath(mapping, matchOn).join(", ") || null,
    matchOn === "email" ? "email" : "account number",
    mapped.map((entry) => entry.column + 1),
    mapped.map((entry) => entry.header),
  ];
}

/** The warning's column (the key's header) and message as JSON, for `repeatWarningParams` bound from `$first`. */
export function repeatWarningSql(cells: string, winnerRow: string, winnerCells: string, first: number): string {
  const [header, label, columns, headers] = [0, 1, 2, 3].map((i) => `$${first + i}`);
  const trimmed = (array: string) => `btrim(${array}[m.idx], E' \\t\\r\\n')`;
  const dropped = `(SELECT string_agg(format('%s "%s"', m.header,
      CASE WHEN length(${trimmed(cells)}) > 80 THEN left(${trimmed(cells)}, 79) || '…' ELSE ${trimmed(cells)} END),
      ', ' ORDER BY m.ord)
    FROM unnest(${columns}::int[], ${headers}::text[]) WITH ORDINALITY AS m(idx, header, ord)
    WHERE coalesce(${trimmed(cells)}, '') <> '' AND coalesce(${trimmed(winnerCells)}, '') = '')`;
  return `jsonb_build_object('column', ${header}::text, 'message',
    'The same ' || ${label}::text || ' appears again in row ' || ${winnerRow} || ', which replaces this row'
    || coalesce('; row ' || ${winnerRow} || ' leaves out what this row has: ' || ${dropped}, ''))`;
}
