// Property-based fuzzing of every list endpoint's query (documented params and `q`) and of every path
// parameter in the OpenAPI document with hostile strings: never a 5xx, never an internal message.
import fc from "fast-check";
import { beforeAll, describe, it } from "vitest";
import {
  documentOperations,
  fuzz,
  hostileIds,
  makeFixture,
  pathParamValue,
  probe,
  queryArbitrary,
  type Fixture,
} from "./fuzz-support";

const operations = documentOperations();
const lists = operations.filter((op) => op.method === "GET" && op.query.length > 0);
const withPathParams = operations.filter((op) => op.pathParams.length > 0);

let fixture: Fixture;

beforeAll(async () => {
  fixture = await makeFixture();
});

describe("fuzzing every list endpoint's query", () => {
  it("covers the list endpoints of the document", ({ expect }) => {
    expect(lists.map((op) => op.template)).toEqual(
      expect.arrayContaining(["/customers/export", "/assets", "/work-orders"]),
    );
  });

  for (const op of lists) {
    it(`${op.method} ${op.template}`, async () => {
      const params = Object.fromEntries(
        op.pathParams.map((name) => [name, pathParamValue(fixture, op.template, name)]),
      );
      await fuzz(
        fc.asyncProperty(queryArbitrary(op), async (query) => {
          await probe(fixture, op, { params, query });
        }),
        15,
      );
    });
  }
});

describe("fuzzing every path parameter", () => {
  for (const op of withPathParams) {
    it(`${op.method} ${op.template}`, async () => {
      // Each id is the real record or a hostile one, at least one hostile (so nothing real is deleted).
      const params = fc
        .tuple(
          ...op.pathParams.map((name) => fc.option(hostileIds, { nil: undefined }).map((id) => [name, id] as const)),
        )
        .filter((pairs) => pairs.some(([, id]) => id !== undefined))
        .map((pairs) =>
          Object.fromEntries(pairs.map(([name, id]) => [name, id ?? pathParamValue(fixture, op.template, name)])),
        );
      await fuzz(
        fc.asyncProperty(params, async (pathParams) => {
          await probe(fixture, op, { params: pathParams, ...(op.jsonBody && { body: {} }) });
        }),
        5,
      );
    });
  }
});
