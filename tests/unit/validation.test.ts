// lib/validation: text PostgreSQL cannot store is found anywhere in an input (without recursion) and
// refused with the field named; ordinary text, emoji included, passes. Ids are UUIDs in either case;
// parseWith turns zod's issues into a VALIDATION AppError by field.
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { z } from "zod";
import {
  assertStorableInput,
  findUnstorableText,
  isUuid,
  parseWith,
  replaceUnstorable,
  textSchema,
  unstorableReason,
} from "@/lib/validation";

describe("unstorableReason", () => {
  it.each(["", "plain", "emoji 😀 pair", "日本語", "\u202eRTL", "zero\u200bwidth", "'; DROP TABLE x; --"])(
    "accepts %j",
    (text) => {
      expect(unstorableReason(text)).toBeNull();
    },
  );

  it.each([
    ["\u0000", /NUL/],
    ["a\u0000b", /NUL/],
    ["\ud800", /surrogate/],
    ["x\udfffy", /surrogate/],
    ["\ud83d", /surrogate/],
  ])("refuses %j", (text, reason) => {
    expect(unstorableReason(text)).toMatch(reason);
  });

  it("replaceUnstorable keeps pairs and replaces the rest", () => {
    expect(replaceUnstorable("a\u0000b\ud800c😀")).toBe("a\ufffdb\ufffdc😀");
  });
});

describe("findUnstorableText", () => {
  it("names the path of the first bad string or key", () => {
    expect(findUnstorableText({ a: 1, b: ["ok", { c: "x\u0000" }] })).toEqual({
      path: ["b", 1, "c"],
      reason: expect.stringMatching(/NUL/),
    });
    expect(findUnstorableText({ "bad\u0000key": 1 })).toEqual({
      path: ["bad\ufffdkey"],
      reason: expect.stringMatching(/field name/),
    });
    expect(findUnstorableText("\u0000")).toEqual({ path: [], reason: expect.stringMatching(/NUL/) });
    expect(findUnstorableText({ a: [1, null, true, "fine"] })).toBeNull();
  });

  it("walks any depth without overflowing the stack", () => {
    let deep: unknown = "bottom\u0000";
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(findUnstorableText({ deep })?.path).toHaveLength(200_001);
  });
});

describe("assertStorableInput", () => {
  it("throws VALIDATION keyed by the top-level field, the message naming the whole path", () => {
    const error = (() => {
      try {
        assertStorableInput({ filter: { q: ["ok", "a\u0000"] } });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { filter: [expect.stringMatching(/^filter\.q\[1\] contains a NUL/)] },
    });
  });

  it("names the whole input when it is itself a bad string", () => {
    expect(() => assertStorableInput("\u0000", "The query")).toThrow(/^The query contains a NUL/);
  });
});

describe("textSchema", () => {
  const city = textSchema("City").trim().max(5).nullish();

  it("says which field is missing, of the wrong type, or unstorable", () => {
    expect(textSchema("City").safeParse(undefined).error?.issues[0]?.message).toBe("City is required");
    expect(city.safeParse(12).error?.issues[0]?.message).toBe("City must be text");
    expect(city.safeParse(["a"]).error?.issues[0]?.message).toBe("City must be text");
    expect(city.safeParse("Os\u0000lo").error?.issues[0]?.message).toMatch(/^City contains a NUL/);
    expect(textSchema("Id", "Choose one").safeParse(3).error?.issues[0]?.message).toBe("Choose one");
  });

  it("chains like z.string()", () => {
    expect(city.parse("  Oslo ")).toBe("Oslo");
    expect(city.safeParse("Trondheim").success).toBe(false);
    expect(city.parse(null)).toBeNull();
  });
});

describe("isUuid", () => {
  it.each(["0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b", "0190A1B2-C3D4-7E5F-8A9B-0C1D2E3F4A5B"])("accepts %s", (id) => {
    expect(isUuid(id)).toBe(true);
  });

  it.each([
    "",
    "1",
    "0190a1b2c3d47e5f8a9b0c1d2e3f4a5b",
    "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5",
    " 0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b",
    "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5g",
  ])("refuses %j", (id) => {
    expect(isUuid(id)).toBe(false);
  });
});

describe("parseWith", () => {
  const schema = z.object({ name: z.string().min(1, "Name is required") });

  it("returns the parsed value", () => {
    expect(parseWith(schema, { name: "Ada", extra: 1 })).toEqual({ name: "Ada" });
  });

  it("throws a VALIDATION AppError keyed by field", () => {
    const error = (() => {
      try {
        parseWith(schema, { name: "" });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "VALIDATION", fieldErrors: { name: ["Name is required"] } });
  });
});
