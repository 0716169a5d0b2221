import {describe, expect, it} from "vitest";
import {computeFacts, factsToJson, type MarketFacts} from "../../src/analytics/index.ts";
import {composeBrief, type Lang} from "../../src/compose/index.ts";
import {englishFacts} from "../../src/compose/englishFacts.ts";
import {chineseFacts} from "../../src/compose/zh/chineseFacts.ts";
import {createEffects, listSnapshotDates} from "../../src/io/index.ts";
import {toMdx} from "../../src/mdx/index.ts";

/**
 * Issue 15's wording checks over the whole sample, both editions: no two consecutive headlines
 * share a template (the title with the names the facts carry and every number masked), and no
 * amount is given in "hundred million" (English says billions and trillions; Chinese 亿元 and 万亿元).
 */
let loaded: Promise<MarketFacts[]> | undefined;
const sample = (): Promise<MarketFacts[]> => (loaded ??= load());

async function load(): Promise<MarketFacts[]> {
  const effects = createEffects();
  const out: MarketFacts[] = [];
  for (const date of await listSnapshotDates("data")) {
    const loaded = await effects.loadDay("data", date);
    if (!loaded.ok) throw new Error(`sample day ${date} does not load`);
    out.push(JSON.parse(factsToJson(computeFacts(loaded.value).facts)) as MarketFacts);
  }
  return out;
}

/** Every name in the facts (stocks, indices, sectors), longest first so "ChiNext Index" goes before "ChiNext". */
function names(facts: MarketFacts): string[] {
  const out = new Set<string>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === "object") {
      const o = v as Record<string, unknown>;
      if (typeof o.name === "string" && o.name.length > 1) out.add(o.name);
      Object.values(o).forEach(walk);
    }
  };
  walk({stories: facts.stories, indices: facts.indices, sectors: facts.sectors, ladder: facts.ladder});
  return [...out].sort((a, b) => b.length - a.length);
}

/** "Lianao Robotics logs its 6th straight limit-up close" → "NAME logs its #th straight limit-up close". */
export function template(title: string, facts: MarketFacts): string {
  let t = title.replace(/^(Midday: |午评：)/, "");
  for (const n of names(facts)) t = t.split(n).join("NAME");
  return t
    .replace(/\d[\d,.]*%?/g, "#")
    .replace(/\b(one|two|three|four|five|six|seven|eight|nine|ten)\b/gi, "#")
    .replace(/[一两二三四五六七八九十]+(?=年|连板|个交易日)/g, "#");
}

describe("headlines and amounts across the sample", () => {
  it("gives no two consecutive sessions one headline template, in either edition", async () => {
    const days = await sample();
    const repeats: string[] = [];
    for (const lang of ["en", "zh-CN"] as Lang[]) {
      const named = (f: MarketFacts) => (lang === "en" ? englishFacts(f) : chineseFacts(f));
      let before: {date: string; template: string} | null = null;
      for (const f of days) {
        const t = template(composeBrief(f, lang).title, named(f));
        if (before && before.template === t) repeats.push(`${lang} ${before.date} and ${f.date}: ${t}`);
        before = {date: f.date, template: t};
      }
    }
    expect(repeats).toEqual([]);
  }, 120_000);

  it("masks names and numbers, so the issue's repeated template is caught", () => {
    const f = {stories: [], indices: [], sectors: {leaders: [], laggards: [], notable: []}, ladder: {rungs: [{height: 5, stocks: [{code: "1", name: "Lianao Robotics"}]}]}} as unknown as MarketFacts;
    expect(template("Lianao Robotics logs its 5th straight limit-up close", f)).toBe(template("Lianao Robotics logs its 6th straight limit-up close", f));
  });

  it("never gives an amount in hundred millions", async () => {
    const found: string[] = [];
    for (const f of await sample()) {
      for (const lang of ["en", "zh-CN"] as Lang[]) {
        const mdx = toMdx(composeBrief(f, lang), {generator: "test", inputHash: "0".repeat(64)});
        if (/hundred million|亿亿|百万亿/i.test(mdx)) found.push(`${f.date} ${lang}`);
      }
    }
    expect(found).toEqual([]);
  }, 120_000);
});

describe("headline(ctx) when the previous session led with the same kind of story", () => {
  it("tells the ladder's 6th and 7th boards from new angles, never the 5th's template", async () => {
    const {readFile} = await import("node:fs/promises");
    const {createContext} = await import("../../src/compose/context.ts");
    const {headline} = await import("../../src/compose/headline.ts");
    const golden = englishFacts(JSON.parse(await readFile("tests/golden/small/expected/2025-06-24.facts.json", "utf8")) as MarketFacts);
    const top = golden.ladder.rungs[0]?.stocks[0];
    if (!top || !golden.previous) throw new Error("golden facts lack a ladder or a previous session");
    const day = (height: number, sessions: number, before: MarketFacts["previous"]): MarketFacts => ({
      ...golden,
      history: {...golden.history, calendarSessions: sessions},
      ladder: {...golden.ladder, rungs: [{height, stocks: [{...top, height, lowerBound: false}]}], maxHeight: height},
      stories: [{kind: "ladder", score: 95, subjects: [top.code], evidence: [], maxHeight: height, topCodes: [top.code], consecutiveCount: 1}],
      previous: before,
    });
    const fresh = headline(createContext(day(5, 100, {...golden.previous, topStory: {kind: "bigIndexMove", subjects: ["399006.SZ"]}}))).title;
    const sixth = headline(createContext(day(6, 101, {...golden.previous, limitUpCount: 2, topStory: {kind: "ladder", subjects: [top.code]}}))).title;
    const seventh = headline(createContext(day(7, 102, {...golden.previous, topStory: {kind: "ladder", subjects: [top.code]}}))).title;
    expect(fresh).toBe(`${top.name} logs its 5th straight limit-up close`);
    // Golden limit-ups: 6 today against 2 the session before.
    expect(sixth).toBe(`Limit-ups rise to 6 from 2 as ${top.name} seals a 6th straight board`);
    expect(seventh).toBe(`${top.name} extends its limit-up streak to seven sessions`);
  });
});
