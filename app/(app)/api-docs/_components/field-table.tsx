// A table of fields or parameters: name, type, required, limits and notes.
import type { FieldRow } from "@/lib/openapi/describe";
import { InlineMarkdown } from "@/components/inline-markdown";

export function FieldTable({ caption, fields }: { caption: string; fields: FieldRow[] }) {
  if (fields.length === 0) return null;
  // On a phone a long type or name scrolls inside the table's own box, not the page.
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="py-1 text-left text-xs font-medium uppercase tracking-wide text-muted-foreground">
          {caption}
        </caption>
        <thead>
          <tr className="border-b text-xs text-muted-foreground">
            <th scope="col" className="py-1 pr-3 font-medium">
              Name
            </th>
            <th scope="col" className="py-1 pr-3 font-medium">
              Type
            </th>
            <th scope="col" className="py-1 font-medium">
              Limits and notes
            </th>
          </tr>
        </thead>
        <tbody>
          {fields.map((field) => (
            <tr key={field.name} className="border-b align-top last:border-0">
              <td className="py-1 pr-3 font-mono text-xs">
                {field.name}
                {field.required && <span className="ml-1 text-destructive">required</span>}
              </td>
              <td className="py-1 pr-3 font-mono text-xs break-words">{field.type}</td>
              <td className="py-1 text-xs text-muted-foreground break-words">
                <InlineMarkdown text={field.notes} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
