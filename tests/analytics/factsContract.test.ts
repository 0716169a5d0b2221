import {readFile} from "node:fs/promises";
import {Ajv, type ErrorObject} from "ajv";
import {describe, expect, it} from "vitest";
import {computeFacts, factsToJson} from "../../src/analytics/index.ts";
import {createEffects} from "../../src/io/index.ts";
import {formatIssue} from "../../src/snapshot/issue.ts";
import {factsSchema, type SchemaNode} from "./factsSchema.ts";

const {loadDay} = createEffects();

/**
 * facts.json is a public contract (docs/facts.md); here it checks itself. Real facts, as
 * published (factsToJson, then parsed back), are validated against the schema generated from
 * the MarketFacts type, in which every object is closed: a field the types do not declare, a
 * missing one or one of the wrong type fails.
 */
const schema = factsSchema();
// allowUnionTypes: the generator writes `T | null` as `type: ["number", "null"]`.
const validate = new Ajv({allErrors: true, allowUnionTypes: true}).compile(schema);

// Sample days in data/: the first (no earlier snapshot, so the history-bound fields are null or
// lower bounds), the two story days the brief's headlines are tested on, and the midday snapshot.
const SAMPLE_DAYS = [
  {date: "2025-05-19", why: "the first day, with no stock history"},
  {date: "2025-06-18", why: "a story day"},
  {date: "2025-06-24", why: "a story day"},
  {date: "2025-06-25", why: "the midday snapshot"},
];

const errorsOf = (facts: unknown): string[] =>
  validate(facts) ? [] : (validate.errors ?? []).map((e: ErrorObject) => `${e.instancePath || "/"} ${e.message ?? ""} ${JSON.stringify(e.params)}`);

async function publishedFacts(dataDir: string, date: string): Promise<Record<string, unknown>> {
  const loaded = await loadDay(dataDir, date);
  if (!loaded.ok) throw new Error(loaded.issues.map(formatIssue).join("\n"));
  return JSON.parse(factsToJson(computeFacts(loaded.value).facts)) as Record<string, unknown>;
}

/** Every object schema in `node`, with where it is, following no $ref (definitions are walked too). */
function objectSchemas(node: SchemaNode, at: string): {at: string; node: SchemaNode}[] {
  const found = node.properties ? [{at, node}] : [];
  const children: [string, SchemaNode][] = [
    ...Object.entries(node.definitions ?? {}).map(([k, v]): [string, SchemaNode] => [`${at}#${k}`, v]),
    ...Object.entries(node.properties ?? {}).map(([k, v]): [string, SchemaNode] => [`${at}.${k}`, v]),
    ...(node.items ? [[`${at}[]`, node.items] as [string, SchemaNode]] : []),
    ...(node.anyOf ?? []).map((v, i): [string, SchemaNode] => [`${at}|${i}`, v]),
    ...(typeof node.additionalProperties === "object" ? [[`${at}{}`, node.additionalProperties] as [string, SchemaNode]] : []),
  ];
  return [...found, ...children.flatMap(([k, v]) => objectSchemas(v, k))];
}

describe("facts.json against the schema of MarketFacts", () => {
  it("closes every object the types declare, so an undeclared field is an error", () => {
    const objects = objectSchemas(schema, "");
    // MarketFacts, LimitFacts, StreakStock, the eight story kinds, …: dozens of interfaces
    expect(objects.length).toBeGreaterThan(30);
    expect(objects.filter((o) => o.node.additionalProperties !== false).map((o) => o.at)).toEqual([]);
  });

  it("accepts the golden small day's published facts.json", async () => {
    const text = await readFile("tests/golden/small/expected/2025-06-24.facts.json", "utf8");
    expect(errorsOf(JSON.parse(text))).toEqual([]);
  });

  for (const {date, why} of SAMPLE_DAYS) {
    it(`accepts the facts computed for ${date}, ${why}`, async () => {
      expect(errorsOf(await publishedFacts("data", date))).toEqual([]);
    });
  }

  describe("can fail", () => {
    // The golden facts, changed one field at a time: each change must be caught, at its path.
    const golden = async () =>
      JSON.parse(await readFile("tests/golden/small/expected/2025-06-24.facts.json", "utf8")) as {
        limits: {withSt: Record<string, unknown>; sealRate: unknown};
        ladder: {rungs: {stocks: {boardsInDays: Record<string, unknown>}[]}[]};
        stories: Record<string, unknown>[];
        [key: string]: unknown;
      };

    it("rejects an undocumented field at the top level", async () => {
      const facts = {...(await golden()), temper: "bullish"};
      expect(errorsOf(facts)).toEqual([`/ must NOT have additional properties {"additionalProperty":"temper"}`]);
    });

    it("rejects an undocumented field deep inside (limits.withSt)", async () => {
      const facts = await golden();
      facts.limits.withSt.touchedCount = 3;
      expect(errorsOf(facts)).toEqual([`/limits/withSt must NOT have additional properties {"additionalProperty":"touchedCount"}`]);
    });

    it("rejects a wrongly typed field: a seal rate pre-formatted as text", async () => {
      const facts = await golden();
      facts.limits.sealRate = "78.4%";
      expect(errorsOf(facts)).toEqual([`/limits/sealRate must be number,null {"type":["number","null"]}`]);
    });

    it("rejects a missing field (StreakStock.boardsInDays.lowerBound)", async () => {
      const facts = await golden();
      const stock = facts.ladder.rungs[0]?.stocks[0];
      if (!stock) throw new Error("the golden day has no ladder stock");
      delete stock.boardsInDays.lowerBound;
      expect(errorsOf(facts)).toEqual([`/ladder/rungs/0/stocks/0/boardsInDays must have required property 'lowerBound' {"missingProperty":"lowerBound"}`]);
    });

    it("rejects a story carrying a field its kind does not have", async () => {
      const facts = await golden();
      const story = facts.stories[0];
      if (!story) throw new Error("the golden day has no story");
      story.sealRate = 0.9;
      // Story is a union of closed kinds: no kind takes this story, so the anyOf fails.
      expect(errorsOf(facts)).toContain(`/stories/0 must match a schema in anyOf {}`);
    });
  });
});
