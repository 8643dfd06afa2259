// Renders text with inline markdown (`code`, **bold**, [links](…)) as React elements: the text is never
// interpreted as HTML, so descriptions cannot inject markup (lib/inline-markdown.ts reads it).
import { parseInlineMarkdown, type InlineToken } from "@/lib/inline-markdown";

function Tokens({ tokens }: { tokens: InlineToken[] }) {
  return tokens.map((token, index) => {
    switch (token.kind) {
      case "text":
        return token.text;
      case "code":
        return (
          <code key={index} className="rounded bg-muted px-1 py-0.5 font-mono text-[0.85em] text-foreground">
            {token.text}
          </code>
        );
      case "strong":
        return (
          <strong key={index} className="font-semibold">
            <Tokens tokens={token.children} />
          </strong>
        );
      case "link":
        return (
          <a key={index} href={token.href} className="underline underline-offset-4">
            <Tokens tokens={token.children} />
          </a>
        );
    }
  });
}

export function InlineMarkdown({ text }: { text: string | null | undefined }) {
  if (!text) return null;
  return <Tokens tokens={parseInlineMarkdown(text)} />;
}
