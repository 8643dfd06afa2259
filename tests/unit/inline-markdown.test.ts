// How API descriptions' inline markdown is read: code, bold and safe links become tokens; the rest stays text.
import { describe, expect, it } from "vitest";
import { parseInlineMarkdown } from "@/lib/inline-markdown";

describe("parseInlineMarkdown", () => {
  it("reads backticks as code, keeping what is inside literal", () => {
    expect(parseInlineMarkdown("Send `Authorization: Bearer <key>` with **every** call")).toEqual([
      { kind: "text", text: "Send " },
      { kind: "code", text: "Authorization: Bearer <key>" },
      { kind: "text", text: " with " },
      { kind: "strong", children: [{ kind: "text", text: "every" }] },
      { kind: "text", text: " call" },
    ]);
    expect(parseInlineMarkdown("`**not bold**`")).toEqual([{ kind: "code", text: "**not bold**" }]);
  });

  it("makes links of web addresses and app paths only", () => {
    expect(parseInlineMarkdown("[keys](/settings/api-keys)")).toEqual([
      { kind: "link", href: "/settings/api-keys", children: [{ kind: "text", text: "keys" }] },
    ]);
    expect(parseInlineMarkdown("[spec](https://spec.openapis.org) and [x](javascript:alert(1))")).toEqual([
      { kind: "link", href: "https://spec.openapis.org", children: [{ kind: "text", text: "spec" }] },
      { kind: "text", text: " and [x](javascript:alert(1))" },
    ]);
    expect(parseInlineMarkdown("[x](//evil.test)")).toEqual([{ kind: "text", text: "[x](//evil.test)" }]);
  });

  it("leaves HTML and unmatched markers as text", () => {
    expect(parseInlineMarkdown("<b>hi</b> `open and * star")).toEqual([
      { kind: "text", text: "<b>hi</b> `open and * star" },
    ]);
  });
});
