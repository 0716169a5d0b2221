import {readFile} from "node:fs/promises";
import {describe, expect, it} from "vitest";
import {computeFacts, factsToJson, type MarketFacts} from "../../src/analytics/index.ts";
import type {Story} from "../../src/analytics/types.ts";
import {composeBrief, type Brief, type Lang} from "../../src/compose/index.ts";
import {englishFacts} from "../../src/compose/englishFacts.ts";
import {chineseFacts} from "../../src/compose/zh/chineseFacts.ts";
import {createEffects, listSnapshotDates} from "../../src/io/index.ts";
import {goldenFacts as chineseGoldenFacts} from "./zh/sections/facts.ts";

/**
 * Issue 15: the lede tells the day's top story, and every story the analytics rank at 65 or more
 * is stated in the body, in the section where it belongs, with its figure next to its subject's
 * name (the name and the figure in one paragraph). Checked on every sample day's published
 * facts (the JSON of facts.json) and on hand-made facts, in both editions.
 */

const NEWSWORTHY = 65;

const en = {
  num: (x: number, digits = 2) => (Math.round(Math.abs(x) * 10 ** digits) / 10 ** digits).toFixed(digits).replace(/\B(?=(\d{3})+(?!\d))/g, ","),
  words: ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"],
};
const zh = {num: (x: number, digits = 2) => (Math.round(Math.abs(x) * 10 ** digits) / 10 ** digits).toFixed(digits)};
const ordinal = (n: number) => `${n}${n % 100 >= 11 && n % 100 <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th")}`;
const levelEn = (x: number) => (Number.isInteger(x) ? en.num(x, 0) : en.num(x));
const levelZh = (x: number) => (Number.isInteger(x) ? String(x) : zh.num(x));

/** What stating a story takes, per edition: each alternative list must all appear in one paragraph. */
interface Expectation {
  /** Any one of these names (the story's subject as this edition names it). */
  names: string[];
  /** Every pattern must match the same paragraph. */
  figures: RegExp[];
  /** Section ids where the story belongs. */
  sections: string[];
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function expectation(story: Story, facts: MarketFacts, lang: Lang): Expectation {
  const isEn = lang === "en";
  const broad = new Set(facts.indices.map((i) => i.code));
  const indexSections = (code: string) => (broad.has(code) ? ["market-overview"] : ["sectors", "spotlight"]);
  switch (story.kind) {
    case "recordClose":
      return {
        names: [story.name],
        figures: [new RegExp(esc(isEn ? levelEn(story.close) : levelZh(story.close))), isEn ? /highest close|highest level|record/ : /新高|最高/],
        sections: indexSections(story.code),
      };
    case "roundLevel":
      return {names: [story.name], figures: [new RegExp(esc(isEn ? levelEn(story.level) : `${levelZh(story.level)}点`)), isEn ? /above/ : /站上/], sections: indexSections(story.code)};
    case "sectorStreak": {
      const n = story.sessions;
      return {
        names: [story.name],
        figures: [isEn ? new RegExp(`\\b(${n}|${en.words[n] ?? n}|${ordinal(n)})\\b.*(in a row|straight)|(in a row|straight).*\\b(${n}|${en.words[n] ?? n})\\b`, "i") : new RegExp(`连涨${n}个交易日|连续${n}个交易日`)],
        sections: indexSections(story.code),
      };
    }
    case "ladder": {
      const top = facts.ladder.rungs[0]?.stocks ?? [];
      return {
        names: top.map((s) => s.name),
        figures: [isEn ? new RegExp(`${ordinal(story.maxHeight)} straight`) : new RegExp(`${story.maxHeight}连板`)],
        sections: ["breadth-and-limit-ups"],
      };
    }
    case "bigIndexMove":
      return {names: [story.name], figures: [new RegExp(esc(isEn ? `${en.num(story.pctChange * 100)}%` : `${zh.num(story.pctChange * 100)}%`))], sections: indexSections(story.code)};
    case "engulfing": {
      const label = isEn ? (story.pattern === "bullishEngulfing" ? "bullish engulfing" : "bearish engulfing") : story.pattern === "bullishEngulfing" ? "看涨吞没" : "看跌吞没";
      return {names: [story.name], figures: [new RegExp(label)], sections: indexSections(story.code)};
    }
    case "sealRate":
      return {names: [""], figures: [new RegExp(esc(isEn ? `${en.num(story.sealRate * 100)}%` : `${zh.num(story.sealRate * 100)}%`))], sections: ["breadth-and-limit-ups"]};
    case "breadthExtreme":
      return {names: [""], figures: [new RegExp(esc(isEn ? en.num(story.advancers, 0) : String(story.advancers)))], sections: ["breadth-and-limit-ups"]};
  }
}

const paragraphsOf = (brief: Brief, ids: string[]): string[] =>
  brief.sections
    .filter((s) => ids.includes(s.id))
    .flatMap((s) => s.blocks.flatMap((b) => (b.type === "paragraph" ? [b.children.map((c) => c.value).join("")] : [])));

/** True when one paragraph of the story's sections holds a name of its subject and all its figures. */
function stated(brief: Brief, e: Expectation): boolean {
  return paragraphsOf(brief, e.sections).some((p) => e.names.some((n) => p.includes(n)) && e.figures.every((f) => f.test(p)));
}

/** Every problem found on one day's facts in one edition, as readable lines. */
function gaps(traded: MarketFacts, lang: Lang, label: string): {stated: number; total: number; problems: string[]} {
  const facts = lang === "en" ? englishFacts(traded) : chineseFacts(traded);
  const brief = composeBrief(traded, lang);
  const problems: string[] = [];
  let count = 0;
  const due = facts.stories.filter((s, i) => i === 0 || s.score >= NEWSWORTHY);
  for (const story of due) {
    const e = expectation(story, facts, lang);
    if (stated(brief, e)) count += story.score >= NEWSWORTHY ? 1 : 0;
    else problems.push(`${label} ${lang}: ${story.kind} ${story.subjects.join(",")} (score ${story.score}) not stated in ${e.sections.join("/")}`);
  }
  const top = facts.stories[0];
  if (top && top.subjects.length > 0) {
    const e = expectation(top, facts, lang);
    const lede = paragraphsOf(brief, ["lede"]).join(" ");
    if (!e.names.some((n) => n !== "" && lede.includes(n))) problems.push(`${label} ${lang}: the lede does not name the top story's subject (${top.kind} ${e.names.join(" / ")})`);
  }
  return {stated: count, total: due.filter((s) => s.score >= NEWSWORTHY).length, problems};
}

async function sampleFacts(): Promise<[string, MarketFacts][]> {
  const effects = createEffects();
  const out: [string, MarketFacts][] = [];
  for (const date of await listSnapshotDates("data")) {
    const loaded = await effects.loadDay("data", date);
    if (!loaded.ok) throw new Error(`sample day ${date} does not load`);
    // The published facts: what facts.json holds, read back.
    out.push([date, JSON.parse(factsToJson(computeFacts(loaded.value).facts)) as MarketFacts]);
  }
  return out;
}

const golden = async (): Promise<MarketFacts> => JSON.parse(await readFile("tests/golden/small/expected/2025-06-24.facts.json", "utf8")) as MarketFacts;

/** Hand-made days: stories the sample does not have, put on the small golden day's facts. */
function handMade(f: MarketFacts): [string, MarketFacts][] {
  const composite = f.indices[0];
  const chinext = f.indices.find((i) => i.code === "399006.SZ") ?? composite;
  // A sector no story is about yet (the golden day's stories are about the first two leaders).
  const sector = f.sectors.leaders.find((l) => !f.stories.some((st) => st.subjects.includes(l.code)));
  if (!composite || !chinext || !sector) throw new Error("golden facts lack indices or sectors");
  const record: Story = {kind: "recordClose", score: 75, subjects: [composite.code], evidence: [], code: composite.code, name: composite.name, close: composite.close, historySessions: 600, previousHigh: composite.close - 10, historyStart: "2023-01-03", lastHigherDate: "2023-03-07", sessionsSinceHigher: 560} as Story;
  // ChiNext falls 3.21% from its previous close: the index facts and the story agree.
  const fell = {...chinext, change: -0.0321 * chinext.prevClose, pctChange: -0.0321, close: chinext.prevClose * (1 - 0.0321)};
  const drop: Story = {kind: "bigIndexMove", score: 99, subjects: [chinext.code], evidence: [], code: chinext.code, name: chinext.name, change: fell.change, pctChange: -0.0321, reclaimedPreviousLoss: false};
  const streak: Story = {kind: "sectorStreak", score: 66, subjects: [sector.code], evidence: [], code: sector.code, name: sector.name, sessions: 8, startDate: "2025-06-12", cumulativeChange: 0.1234, lowerBound: false};
  const withStories = (extra: Story[]): MarketFacts => ({...f, stories: [...extra, ...f.stories].sort((a, b) => b.score - a.score)});
  return [
    ["hand-made record on the composite", withStories([record])],
    ["hand-made ChiNext drop on top", {...f, stories: [drop, ...f.stories.filter((st) => st.subjects[0] !== chinext.code)], indices: f.indices.map((i) => (i.code === chinext.code ? fell : i))}],
    ["hand-made streak of a second sector", withStories([streak])],
    ["hand-made midday", {...withStories([record, streak]), session: "midday"}],
  ];
}

describe("the body states every story ranked 65 or more, and the lede the top one", () => {
  it("on every sample day, in both editions", async () => {
    const problems: string[] = [];
    const tally: Record<Lang, [number, number]> = {en: [0, 0], "zh-CN": [0, 0]};
    for (const [date, facts] of await sampleFacts()) {
      for (const lang of ["en", "zh-CN"] as const) {
        const g = gaps(facts, lang, date);
        tally[lang][0] += g.stated;
        tally[lang][1] += g.total;
        problems.push(...g.problems);
      }
    }
    const said = `stories scored ≥ ${NEWSWORTHY} stated: en ${tally.en[0]} of ${tally.en[1]}, zh-CN ${tally["zh-CN"][0]} of ${tally["zh-CN"][1]}`;
    expect(problems, said).toEqual([]);
  }, 180_000);

  it("on hand-made days (a composite record, a ChiNext drop, a second sector's streak, midday)", async () => {
    const problems: string[] = [];
    const en = await golden();
    const zhFacts = chineseGoldenFacts();
    for (const [label, facts] of handMade(en)) problems.push(...gaps(facts, "en", label).problems);
    for (const [label, facts] of handMade(zhFacts)) problems.push(...gaps(facts, "zh-CN", label).problems);
    expect(problems).toEqual([]);
  });
});
