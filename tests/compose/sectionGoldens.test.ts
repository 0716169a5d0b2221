import {mkdir, readFile, writeFile} from "node:fs/promises";
import {join} from "node:path";
import matter from "gray-matter";
import {describe, expect, it} from "vitest";
import type {MarketFacts, Story} from "../../src/analytics/types.ts";
import {composeBrief, type Brief, type Lang} from "../../src/compose/index.ts";
import {toMdx} from "../../src/mdx/index.ts";
import {goldenFacts as chineseGoldenFacts} from "./zh/sections/facts.ts";

/**
 * Golden tests per section, in both languages: hand-made facts in (the small golden day, and
 * variants of it for the edge cases a brief must word right), each section's MDX fragment out,
 * compared with tests/compose/goldens/LANG/VARIANT.md section by section. Goldens change only
 * on purpose: `UPDATE_GOLDEN=1 npm run test:unit` rewrites them (never under CI=true), and
 * their diff is read before committing.
 */
const update = process.env.UPDATE_GOLDEN === "1" && process.env.CI !== "true";
const DIR = "tests/compose/goldens";

const englishGoldenFacts = async (): Promise<MarketFacts> =>
  JSON.parse(await readFile("tests/golden/small/expected/2025-06-24.facts.json", "utf8")) as MarketFacts;

const NONE = {limitUpCount: 0, limitDownCount: 0, brokenCount: 0, sealRate: null};

/** The edge cases: the day as it is, at midday, with no limit-up at all, and with no limit known. */
const VARIANTS: Record<string, (f: MarketFacts) => MarketFacts> = {
  close: (f) => f,
  midday: (f) => ({...f, session: "midday", previous: f.previous && {...f.previous, turnoverChangeYuan: null}}),
  "no-limit-ups": (f) => ({
    ...f,
    limits: {...f.limits, ...NONE, limitUp: [], limitDown: [], broken: [], onePriceUp: [], onePriceDown: [], touchedCount: 0, withSt: NONE},
    ladder: {...f.ladder, rungs: [], firstBoardCount: 0, consecutiveCount: 0, maxHeight: 0, maxBoardsInDays: 0},
    stories: f.stories.filter((s) => s.kind !== "ladder" && s.kind !== "sealRate"),
    mood: f.mood.map((m) => (m.date === f.date ? {...m, ...NONE, maxHeight: 0, maxHeightLowerBound: false} : m)),
  }),
  "no-limit-known": (f) => ({
    ...f,
    limits: {...f.limits, ...NONE, limitUp: [], limitDown: [], broken: [], onePriceUp: [], onePriceDown: [], touchedCount: 0, withSt: NONE, knownCount: 0, unknown: {...f.limits.unknown, total: f.breadth.total}},
    ladder: {...f.ladder, rungs: [], firstBoardCount: 0, consecutiveCount: 0, maxHeight: 0, maxBoardsInDays: 0},
    stories: f.stories.filter((s) => s.kind !== "ladder" && s.kind !== "sealRate"),
    // A session with no known limit is left out of the mood series, today included: no chart.
    mood: f.mood.filter((m) => m.date !== f.date),
  }),
  // Issue 15's edge cases: no story at all (the lede opens on the market), one of everything, a falling day.
  "no-stories": (f) => ({...f, stories: []}),
  "one-of-each": oneOfEach,
  "falling-day": fallingDay,
};

/** A falling day: every broad index down (down streaks of 5, none a lower bound), the composite's 2.5% drop the top story. */
function fallingDay(f: MarketFacts): MarketFacts {
  const indices = f.indices.map((i) => {
    const close = Math.round(i.prevClose * 0.975 * 1000) / 1000;
    return {...i, close, change: Math.round((close - i.prevClose) * 1000) / 1000, pctChange: close / i.prevClose - 1, patterns: [], previousPatterns: [],
      streak: {direction: "down" as const, sessions: 5, startDate: "2025-06-18", baseClose: i.prevClose * 1.04, cumulativeChange: -0.0625, lowerBound: false}};
  });
  const composite = indices[0];
  if (!composite) throw new Error("no composite");
  const [solid, lithium] = f.sectors.leaders;
  if (!solid || !lithium) throw new Error("golden facts lack two leaders");
  const record = (s: typeof solid, lastHigherDate: string | null): Story => ({kind: "recordClose", score: 70, subjects: [s.code], evidence: [], code: s.code, name: s.name, close: s.close, historySessions: 600, historyStart: "2023-01-03", previousHigh: s.close - 5, lastHigherDate, sessionsSinceHigher: 300});
  const stories: Story[] = [
    {kind: "bigIndexMove", score: 70, subjects: [composite.code], evidence: [], code: composite.code, name: composite.name, change: composite.change, pctChange: composite.pctChange, reclaimedPreviousLoss: false},
    record(solid, null),
    record(lithium, null),
  ];
  return {...f, indices, stories, sectors: {...f.sectors, notable: [], upWhileCompositeFell: []}};
}

/** One of everything: one limit-up stock, one stock on the ladder (3 high), one sector record since a date, one broken board. */
function oneOfEach(f: MarketFacts): MarketFacts {
  const first = f.limits.limitUp[0];
  const top = f.ladder.rungs[0]?.stocks[0];
  const sector = f.sectors.leaders[0];
  if (!first || !top || !sector) throw new Error("golden facts lack a limit-up, a ladder or a leader");
  const one = {limitUpCount: 1, limitDownCount: 0, brokenCount: 1, sealRate: 0.5};
  return {
    ...f,
    limits: {...f.limits, ...one, limitUp: [first], limitDown: [], broken: f.limits.broken.slice(0, 1), onePriceUp: [], onePriceDown: [], touchedCount: 2, withSt: one, downBrokenCount: 0, downSealRate: null},
    ladder: {...f.ladder, rungs: [{height: 3, stocks: [{...top, height: 3}]}], firstBoardCount: 0, consecutiveCount: 1, maxHeight: 3, maxBoardsInDays: 3},
    stories: [
      {kind: "recordClose", score: 70, subjects: [sector.code], evidence: [], code: sector.code, name: sector.name, close: sector.close, historySessions: 600, historyStart: "2023-01-03", previousHigh: sector.close - 5, lastHigherDate: "2023-03-07", sessionsSinceHigher: 560},
      {kind: "ladder", score: 65, subjects: [top.code], evidence: [], maxHeight: 3, topCodes: [top.code], consecutiveCount: 1},
    ],
  };
}

/** Each section of the brief as its own MDX fragment (the body of a brief holding that section alone). */
function fragments(brief: Brief): Map<string, string> {
  const out = new Map<string, string>();
  for (const section of brief.sections) {
    const one = {...brief, sections: [section]};
    out.set(section.id, matter(toMdx(one, {generator: "golden", inputHash: "0".repeat(64)})).content.trim());
  }
  return out;
}

const MARK = /^<!-- section: ([a-z0-9-]+) -->$/m;

function parseGolden(text: string): Map<string, string> {
  const parts = text.split(MARK);
  const out = new Map<string, string>();
  for (let i = 1; i < parts.length; i += 2) out.set(parts[i] as string, (parts[i + 1] ?? "").trim());
  return out;
}

const LANGS: [Lang, () => Promise<MarketFacts>][] = [
  ["en", englishGoldenFacts],
  ["zh-CN", async () => chineseGoldenFacts()],
];

describe("each section's MDX on hand-made facts", () => {
  for (const [lang, facts] of LANGS) {
    for (const [variant, change] of Object.entries(VARIANTS)) {
      it(`${lang}, ${variant}: every section as in tests/compose/goldens/${lang}/${variant}.md`, async () => {
        const actual = fragments(composeBrief(change(await facts()), lang));
        const path = join(DIR, lang, `${variant}.md`);
        if (update) {
          await mkdir(join(DIR, lang), {recursive: true});
          await writeFile(path, [...actual].map(([id, mdx]) => `<!-- section: ${id} -->\n\n${mdx}\n`).join("\n"));
        }
        const expected = parseGolden(await readFile(path, "utf8"));
        expect([...actual.keys()], `${path}: the sections`).toEqual([...expected.keys()]);
        for (const [id, mdx] of actual) expect(mdx, `${path}: section ${id} (UPDATE_GOLDEN=1 to accept, after reading the diff)`).toBe(expected.get(id));
      });
    }
  }
});
