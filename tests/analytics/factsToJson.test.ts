import {describe, expect, it} from "vitest";
import {factsToJson} from "../../src/analytics/factsToJson.ts";
import type {MarketFacts} from "../../src/analytics/types.ts";

// factsToJson only cares about shape, so tests feed it small stand-ins.
const asFacts = (o: object) => o as unknown as MarketFacts;

describe("factsToJson(facts)", () => {
  it("sorts keys at every level, keeps array order, indents by two and ends with a newline", () => {
    const json = factsToJson(asFacts({b: 1, a: {d: [3, 1], c: null}}));
    expect(json).toBe('{\n  "a": {\n    "c": null,\n    "d": [\n      3,\n      1\n    ]\n  },\n  "b": 1\n}\n');
  });

  it("gives the same bytes whatever order the objects were built in", () => {
    expect(factsToJson(asFacts({x: 1, y: {p: 1, q: 2}}))).toBe(factsToJson(asFacts({y: {q: 2, p: 1}, x: 1})));
  });

  it("refuses a non-finite number, naming where it is", () => {
    expect(() => factsToJson(asFacts({limits: {sealRate: Number.NaN}}))).toThrow("facts.limits.sealRate is NaN");
  });
});
