import {describe, expect, it} from "vitest";
import {computeFacts, factsToJson, type MarketFacts} from "../../src/analytics/index.ts";
import {composeBrief} from "../../src/compose/index.ts";
import {createEffects, listSnapshotDates} from "../../src/io/index.ts";
import {toMdx} from "../../src/mdx/index.ts";

const PROVENANCE = {generator: "test", inputHash: "0".repeat(64)};

/**
 * facts.json is the public contract: everything the brief says must be in it. Each sample day's
 * brief is composed twice, from the facts in memory and from nothing but their published JSON
 * text, and the two MDX files must be the same bytes.
 */
describe("composeBrief(facts) from facts.json alone", () => {
  it("writes every sample brief again from its facts.json, byte for byte", async () => {
    const effects = createEffects();
    const dates = await listSnapshotDates("data");
    expect(dates.length).toBeGreaterThan(20);
    for (const date of dates) {
      const loaded = await effects.loadDay("data", date);
      if (!loaded.ok) throw new Error(`sample day ${date} does not load`);
      const {facts} = computeFacts(loaded.value);
      const published = JSON.parse(factsToJson(facts)) as MarketFacts;
      expect(toMdx(composeBrief(published), PROVENANCE), date).toBe(toMdx(composeBrief(facts), PROVENANCE));
      expect(toMdx(composeBrief(published, "zh-CN"), PROVENANCE), `${date} zh-CN`).toBe(toMdx(composeBrief(facts, "zh-CN"), PROVENANCE));
    }
  }, 120_000);
});
