import {mkdir, readFile, writeFile} from "node:fs/promises";
import {join} from "node:path";
import matter from "gray-matter";
import {describe, expect, it} from "vitest";
import type {MarketFacts} from "../../src/analytics/types.ts";
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
};

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
