// One operation as a <details> disclosure (works without JavaScript): parameters, body, responses, curl.
import { Badge } from "@/components/ui/badge";
import type { OperationView } from "@/lib/openapi/describe";
import { InlineMarkdown } from "@/components/inline-markdown";
import { FieldTable } from "./field-table";

const methodColors: Record<string, string> = {
  GET: "bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-200",
  POST: "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200",
  PATCH: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200",
  PUT: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200",
  DELETE: "bg-rose-100 text-rose-900 dark:bg-rose-950 dark:text-rose-200",
};

export function OperationDetails({ operation }: { operation: OperationView }) {
  return (
    <details id={operation.id} className="group rounded-md border">
      <summary className="flex cursor-pointer flex-wrap items-center gap-2 px-3 py-2">
        <span
          className={`w-16 rounded px-1.5 py-0.5 text-center font-mono text-xs font-semibold ${methodColors[operation.method] ?? ""}`}
        >
          {operation.method}
        </span>
        <code className="min-w-0 font-mono text-sm break-all">{operation.path}</code>
        <span className="text-sm text-muted-foreground">
          <InlineMarkdown text={operation.summary} />
        </span>
        {operation.isPublic && <Badge variant="secondary">no API key</Badge>}
      </summary>
      <div className="flex flex-col gap-4 border-t px-3 py-3">
        <p className="text-sm">
          <span className="font-medium">Permission:</span> {operation.access}
        </p>
        {operation.description && (
          <p className="text-sm">
            <InlineMarkdown text={operation.description} />
          </p>
        )}
        <FieldTable caption="Parameters" fields={operation.parameters} />
        {operation.body && (
          <div className="flex flex-col gap-2">
            {operation.body.groups.map((group) => (
              <FieldTable
                key={group.title ?? "body"}
                caption={`JSON body (${operation.body?.name})${group.title ? ` — ${group.title}` : ""}`}
                fields={group.fields}
              />
            ))}
          </div>
        )}
        <div>
          <h4 className="text-xs font-medium uppercase tracking-wide text-muted-foreground">Responses</h4>
          <ul className="mt-1 flex flex-col gap-0.5 text-sm">
            {operation.responses.map((response) => (
              <li key={response.status}>
                <span className="font-mono text-xs font-semibold">{response.status}</span>{" "}
                <InlineMarkdown text={response.description} />
                {response.schema && (
                  <code className="ml-1 font-mono text-xs text-muted-foreground">{response.schema}</code>
                )}
              </li>
            ))}
          </ul>
        </div>
        <pre className="overflow-x-auto rounded bg-muted p-2 font-mono text-xs" aria-label="curl example">
          {operation.curl}
        </pre>
      </div>
    </details>
  );
}
