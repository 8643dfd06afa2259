// The score: each reason's weight read as independent evidence, a kind counted once, and a similar
// name counting only with a shared place or when nearly identical.
import { describe, expect, it } from "vitest";
import { scoreReasons, similarNameReason } from "@/lib/duplicates/scoring";

describe("duplicate scoring", () => {
  it("combines reasons as independent evidence, each kind once", () => {
    expect(scoreReasons([{ kind: "email", value: "a@x.test" }])).toBe(90);
    expect(scoreReasons([{ kind: "websiteDomain", value: "x.test" }])).toBe(50);
    expect(
      scoreReasons([
        { kind: "websiteDomain", value: "x.test" },
        { kind: "sharedAsset", assetId: "a", label: "N1" },
      ]),
    ).toBe(75);
    expect(
      scoreReasons([
        { kind: "phone", value: "+1" },
        { kind: "phone", value: "+2" },
      ]),
    ).toBe(80);
    expect(scoreReasons([])).toBe(0);
  });

  it("weighs a similar name by its similarity and place", () => {
    const postal = similarNameReason(1, true, false)!;
    const city = similarNameReason(1, false, true)!;
    const alone = similarNameReason(0.9, false, false)!;
    expect([scoreReasons([postal]), scoreReasons([city]), scoreReasons([alone])]).toEqual([85, 70, 36]);
    expect(similarNameReason(0.6, false, true)).toMatchObject({ kind: "similarName", similarity: 0.6 });
    expect(similarNameReason(0.5, true, true)).toBeNull();
    expect(similarNameReason(0.7, false, false)).toBeNull();
    expect(similarNameReason(null, true, true)).toBeNull();
  });
});
