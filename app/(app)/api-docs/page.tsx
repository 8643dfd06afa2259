// API reference: the OpenAPI document rendered on the server, tag by tag (readable without JavaScript).
import type { Metadata } from "next";
import Link from "next/link";
import { describeDocument } from "@/lib/openapi/describe";
import { apiBasePath, getOpenApiDocument } from "@/lib/openapi/document";
import { InlineMarkdown } from "@/components/inline-markdown";
import { OperationDetails } from "./_components/operation-details";

export const metadata: Metadata = { title: "API reference" };

export default function ApiDocsPage() {
  const doc = getOpenApiDocument();
  const tags = describeDocument(doc);

  return (
    <article aria-labelledby="api-docs-heading" className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 id="api-docs-heading" className="text-2xl font-semibold">
          {doc.info.title} <span className="text-base font-normal text-muted-foreground">v{doc.info.version}</span>
        </h1>
        <p className="max-w-3xl text-sm text-muted-foreground">
          <InlineMarkdown text={doc.info.description} />
        </p>
        <p className="text-sm">
          Base URL <code className="font-mono text-xs">{apiBasePath}</code> ·{" "}
          <a className="underline underline-offset-4" href={`${apiBasePath}/openapi.json`}>
            OpenAPI 3.1 JSON
          </a>{" "}
          ·{" "}
          <Link className="underline underline-offset-4" href="/settings/api-keys">
            API keys
          </Link>
        </p>
        <nav aria-label="Resources" className="flex flex-wrap gap-3 text-sm">
          {tags.map((tag) => (
            <a key={tag.name} href={`#${slug(tag.name)}`} className="underline underline-offset-4">
              {tag.name}
            </a>
          ))}
        </nav>
      </header>
      {tags.map((tag) => (
        <section
          key={tag.name}
          id={slug(tag.name)}
          aria-labelledby={`${slug(tag.name)}-heading`}
          className="flex flex-col gap-2"
        >
          <h2 id={`${slug(tag.name)}-heading`} className="text-lg font-semibold">
            {tag.name}
          </h2>
          <p className="text-sm text-muted-foreground">
            <InlineMarkdown text={tag.description} />
          </p>
          {tag.operations.map((operation) => (
            <OperationDetails key={operation.id} operation={operation} />
          ))}
        </section>
      ))}
    </article>
  );
}

function slug(text: string): string {
  return `tag-${text.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
}
