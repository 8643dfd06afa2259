// The printable work order (its print view; lib/work-orders/pdf.ts draws the same document as a PDF):
// shop header, number and dates, billed customer from the snapshot, aircraft or vehicle, description
// and signature lines. Black on white whatever the theme, sized for a sheet of paper.
import type { ReactNode } from "react";
import type { DocumentField, WorkOrderDocument } from "@/lib/work-orders/document";

function Fields({ fields }: { fields: DocumentField[] }) {
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
      {fields.map((field) => (
        <div key={field.label} className="contents">
          <dt className="text-neutral-600">{field.label}</dt>
          <dd className="font-medium break-words">{field.value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-label={title} className="flex flex-col gap-2 break-inside-avoid">
      <h2 className="border-b border-neutral-300 pb-1 text-xs font-semibold tracking-wide text-neutral-700 uppercase">
        {title}
      </h2>
      {children}
    </section>
  );
}

export function WorkOrderDocumentView({ document: doc }: { document: WorkOrderDocument }) {
  return (
    <article
      aria-label={`${doc.title} ${doc.number}`}
      className="mx-auto flex w-full max-w-[210mm] flex-col gap-6 rounded-lg border border-neutral-300 bg-white p-5 text-neutral-950 shadow-sm sm:p-10 print:max-w-none print:rounded-none print:border-0 print:p-0 print:shadow-none"
    >
      <header className="flex flex-wrap items-start justify-between gap-4 border-b-2 border-neutral-900 pb-4">
        <div className="flex flex-col gap-1">
          <p className="text-xl font-semibold">{doc.shopName}</p>
          <p className="text-sm text-neutral-600">{doc.serviceCenter}</p>
        </div>
        <h1 className="flex flex-col gap-1 text-right">
          <span className="text-sm font-semibold tracking-wide text-neutral-700 uppercase">{doc.title}</span>
          <span className="font-mono text-xl font-semibold">{doc.number}</span>
        </h1>
      </header>
      <div className="grid gap-6 sm:grid-cols-2 print:grid-cols-2">
        <Part title="Bill to">
          {doc.customer ? (
            <div className="flex flex-col gap-2 text-sm">
              <p className="font-semibold">{doc.customer.name}</p>
              {doc.customer.lines.length > 0 ? (
                <address className="not-italic">
                  {doc.customer.lines.map((line) => (
                    <span key={line} className="block">
                      {line}
                    </span>
                  ))}
                </address>
              ) : null}
              <Fields fields={doc.customer.contact} />
            </div>
          ) : (
            <p className="text-sm text-neutral-600">No customer on this work order.</p>
          )}
        </Part>
        <Part title="Work order">
          <Fields fields={[...doc.dates, ...doc.summary]} />
        </Part>
      </div>
      <Part title={doc.asset.heading}>
        <p className="text-sm font-semibold">{doc.asset.name}</p>
        <Fields fields={doc.asset.fields} />
      </Part>
      <Part title="Description / squawks">
        <p className="min-h-24 text-sm whitespace-pre-wrap">{doc.description ?? "No description."}</p>
      </Part>
      <Part title="Signatures">
        <div className="grid gap-8 pt-6 sm:grid-cols-3 print:grid-cols-3">
          {doc.signatures.map((label) => (
            <div key={label} className="flex flex-col gap-1">
              <div className="h-10 border-b border-neutral-900" />
              <p className="text-xs text-neutral-600">{label}</p>
            </div>
          ))}
        </div>
      </Part>
      <p className="text-xs text-neutral-600">Printed {doc.printedAt}</p>
    </article>
  );
}
