// The inline markdown API descriptions use — `code`, **bold** and [links](https://…) — read into tokens that
// the page renders as elements (components/inline-markdown.tsx), never as HTML. Anything else stays text.

export type InlineToken =
  | { kind: "text"; text: string }
  | { kind: "code"; text: string }
  | { kind: "strong"; children: InlineToken[] }
  | { kind: "link"; href: string; children: InlineToken[] };

// Code first, so `**x**` or `[a](b)` inside backticks stays literal.
const pattern = /`([^`]+)`|\*\*(.+?)\*\*|\[([^\]]+)\]\(([^)\s]+)\)/g;

/** Web addresses, and paths and anchors within the app; `javascript:` and the like stay text. */
function isSafeHref(href: string): boolean {
  return /^https?:\/\//i.test(href) || /^\/(?!\/)/.test(href) || href.startsWith("#");
}

export function parseInlineMarkdown(source: string): InlineToken[] {
  const tokens: InlineToken[] = [];
  const pushText = (text: string) => {
    if (!text) return;
    const last = tokens.at(-1);
    if (last?.kind === "text") last.text += text;
    else tokens.push({ kind: "text", text });
  };
  let at = 0;
  for (const match of source.matchAll(pattern)) {
    pushText(source.slice(at, match.index));
    at = match.index + match[0].length;
    const [whole, code, strong, linkText, href] = match;
    if (code !== undefined) tokens.push({ kind: "code", text: code });
    else if (strong !== undefined) tokens.push({ kind: "strong", children: parseInlineMarkdown(strong) });
    else if (linkText !== undefined && href !== undefined && isSafeHref(href))
      tokens.push({ kind: "link", href, children: parseInlineMarkdown(linkText) });
    else pushText(whole);
  }
  pushText(source.slice(at));
  return tokens;
}
