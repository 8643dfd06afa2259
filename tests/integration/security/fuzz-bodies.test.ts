// Property-based fuzzing of every JSON request body in the OpenAPI document: values derived from the
// documented schema mixed with hostile ones (NUL, lone surrogates, 1 MB strings, deep nesting,
// `__proto__`, wrong types). Never a 5xx, never an internal message, rejected requests write nothing.
import fc from "fast-check";
import { beforeAll, describe, it } from "vitest";
import {
  bodyArbitrary,
  documentOperations,
  fuzz,
  hostileIds,
  makeFixture,
  pathParamValue,
  probe,
  type Fixture,
} from "./fuzz-support";

// Bulk actions may archive or delete the fixture's customers: fuzzed last.
const writes = documentOperations()
  .filter((op) => op.jsonBody)
  .sort((a, b) => Number(a.template.includes("bulk")) - Number(b.template.includes("bulk")));

let fixture: Fixture;

beforeAll(async () => {
  fixture = await makeFixture();
});

describe("fuzzing every JSON body of the REST API", () => {
  it("covers every write operation of the document", ({ expect }) => {
    expect(writes.length).toBeGreaterThanOrEqual(15);
  });

  for (const op of writes) {
    it(`${op.method} ${op.template}`, async () => {
      // The real records the path names, and now and then a malformed id.
      const params = fc.record(
        Object.fromEntries(
          op.pathParams.map((name) => [
            name,
            fc.oneof({ weight: 9, arbitrary: fc.constant(pathParamValue(fixture, op.template, name)) }, hostileIds),
          ]),
        ),
      ) as fc.Arbitrary<Record<string, string>>;
      await fuzz(
        fc.asyncProperty(params, bodyArbitrary(op, fixture), async (pathParams, body) => {
          await probe(fixture, op, { params: pathParams, body });
        }),
        25,
      );
    });
  }
});
