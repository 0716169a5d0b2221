/**
 * The sample market in data/ was generated around two story days (see the reference
 * articles). These tests load them through the real loader and check that the facts say what
 * the stories need: the numbers below are the stories' own.
 */
import path from "node:path";
import {describe, expect, it} from "vitest";
import {computeFacts, factsToJson, type MarketFacts} from "../../src/analytics/index.ts";
import {createEffects} from "../../src/io/index.ts";

const {loadDay} = createEffects();

const DATA = path.resolve(import.meta.dirname, "../../data");

async function factsOf(date: string): Promise<MarketFacts> {
  const loaded = await loadDay(DATA, date);
  if (!loaded.ok) throw new Error(`data/${date} did not load: ${loaded.issues.map((i) => i.message).join("; ")}`);
  return computeFacts(loaded.value).facts;
}

describe("story day 2025-06-24: solid-state batteries", async () => {
  const facts = await factsOf("2025-06-24");
  const battery = facts.sectors.notable.find((s) => s.code === "886032.TI");

  it("ranks the solid-state battery index first among sectors, +4.45% to 1009.808", () => {
    expect(facts.sectors.leaders[0]?.code).toBe("886032.TI");
    expect(battery?.close).toBe(1009.808);
    expect(battery?.pctChange).toBeCloseTo(0.0445, 4);
  });

  it("finds its first close above 1000 in two years", () => {
    expect(battery?.roundLevel).toMatchObject({level: 1000, yearsSince: 2});
  });

  it("gives its 16-session up streak from the first trading day of June, +14.05%", () => {
    expect(battery?.upStreak).toMatchObject({sessions: 16, startDate: "2025-06-03", lowerBound: false});
    expect(battery?.upStreak?.cumulativeChange).toBeCloseTo(0.1405, 4);
  });

  it("names the month-to-date leaders, Keheng (300340.SZ) first at +113.65%", () => {
    const leaders = battery?.monthToDate?.leaders ?? [];
    expect(leaders.map((l) => l.code)).toEqual(["300340.SZ", "600110.SH", "301292.SZ", "688573.SH", "300801.SZ"]);
    // the article rounds to 113.65%; the sample market lands within 0.05 points of it
    expect(leaders[0]?.pctChange).toBeCloseTo(1.1365, 3);
  });

  it("puts Xiangtan Electrochemical (002125.SZ) at four consecutive limit-ups", () => {
    const rung = facts.ladder.rungs.find((r) => r.stocks.some((s) => s.code === "002125.SZ"));
    expect(rung?.height).toBe(4);
    expect(rung?.stocks.find((s) => s.code === "002125.SZ")?.lowerBound).toBe(false);
  });

  it("lists the article's limit-up names at their boards' limits", () => {
    const pct = Object.fromEntries(facts.limits.limitUp.map((s) => [s.code, s.limitPct]));
    for (const code of ["301349.SZ", "688499.SH", "300801.SZ", "688353.SH"]) expect(pct[code]).toBe(20);
    for (const code of ["002263.SZ", "600110.SH", "603212.SH", "002074.SZ", "002125.SZ", "603800.SH"]) expect(pct[code]).toBe(10);
  });

  it("leads the stories with the round-level break, then the streak", () => {
    expect(facts.stories.slice(0, 2).map((s) => [s.kind, s.subjects[0]])).toEqual([
      ["roundLevel", "886032.TI"],
      ["sectorStreak", "886032.TI"],
    ]);
  });
});

describe("story day 2025-06-18: ChiNext rebound", async () => {
  const facts = await factsOf("2025-06-18");
  const chinext = facts.indices.find((i) => i.code === "399006.SZ");

  it("counts 40 limit-ups and 11 broken boards: a seal rate of 78.4%", () => {
    // 40 ÷ (40 + 11) = 0.7843…
    expect([facts.limits.limitUpCount, facts.limits.brokenCount]).toEqual([40, 11]);
    expect(facts.limits.sealRate).toBeCloseTo(40 / 51, 12);
    expect(facts.limits.filters).toEqual({excludesSt: true, excludesNoLimitListings: true});
  });

  it("counts 83 stocks up more than 9%, 21 of them on ChiNext", () => {
    expect(facts.breadth.upOver9).toBe(83);
    expect(facts.breadth.byBoard.find((b) => b.board === "chinext")?.upOver9).toBe(21);
  });

  it("finds four stocks on consecutive limit-ups", () => {
    expect(facts.ladder.consecutiveCount).toBe(4);
  });

  it("sees ChiNext up more than 3% in a bullish engulfing after a spinning top, reclaiming the previous loss", () => {
    expect(chinext?.pctChange).toBeGreaterThan(0.03);
    expect(chinext?.patterns.map((p) => p.name)).toContain("bullishEngulfing");
    expect(chinext?.previousPatterns.map((p) => p.name)).toContain("spinningTop");
    expect(chinext?.reclaimedPreviousLoss).toBe(true);
    const story = facts.stories.find((s) => s.kind === "engulfing" && s.code === "399006.SZ");
    expect(story?.kind === "engulfing" && story.after).toContain("spinningTop");
  });

  it("flags the lithium battery index's record close", () => {
    expect(facts.sectors.notable.find((s) => s.code === "885710.TI")?.record.isRecord).toBe(true);
  });
});

describe("story day 2025-06-25 midday", async () => {
  const facts = await factsOf("2025-06-25");

  it("computes the same facts on the midday snapshot and says so: 002125.SZ's fifth board", () => {
    expect(facts.session).toBe("midday");
    expect(facts.ladder.rungs[0]).toMatchObject({height: 5, stocks: [{code: "002125.SZ"}]});
  });
});

describe("facts.json of a story day", () => {
  it("is byte-identical across runs", async () => {
    expect(factsToJson(await factsOf("2025-06-24"))).toBe(factsToJson(await factsOf("2025-06-24")));
  });
});

describe("the previous session's top story (issue 15: headlines that tell what changed)", () => {
  it("is the day before's stories[0], by kind and subjects", async () => {
    const before = await factsOf("2025-06-16");
    const today = await factsOf("2025-06-17");
    const top = before.stories[0];
    expect(top).toBeDefined();
    expect(today.previous?.topStory).toEqual({kind: top?.kind, subjects: top?.subjects});
  });

  it("says when the record close was last beaten: Pet Economy's 826.49 on 2025-06-24 is its highest since March 2024", async () => {
    const facts = await factsOf("2025-06-24");
    const pet = facts.stories.find((s) => s.kind === "recordClose" && s.code === "886020.TI");
    // data/index-history.csv.gz: the last earlier close of 886020.TI at or above 826.494 is 836.659 on 2024-03-07.
    expect(pet).toMatchObject({kind: "recordClose", close: 826.494, lastHigherDate: "2024-03-07"});
    expect((pet as {sessionsSinceHigher: number}).sessionsSinceHigher).toBeGreaterThanOrEqual(250);
  });
});
