import {describe, expect, it} from "vitest";
import {createEffects} from "../../../src/io/index.ts";
import {computeFacts} from "../../../src/analytics/index.ts";
import {composeBrief} from "../../../src/compose/index.ts";
import type {Brief} from "../../../src/compose/types.ts";
import {amount, date, num, pct, pctAbs, pctSigned, points, yuan} from "../../../src/compose/zh/format.ts";
import {BROAD_INDICES} from "../../../src/market/broadIndices.ts";

const {loadDay} = createEffects();

/** Every piece of prose a reader sees: title, dek, headings, paragraphs, questions, list items and table cells. */
function proseOf(brief: Brief): string[] {
  const texts = [brief.title, brief.dek, ...brief.keywords];
  for (const s of brief.sections) {
    if (s.heading) texts.push(s.heading);
    for (const b of s.blocks) {
      if (b.type === "paragraph") texts.push(b.children.map((c) => c.value).join(""));
      if (b.type === "subheading") texts.push(b.text);
      if (b.type === "list") texts.push(...b.items.map((i) => i.map((c) => c.value).join("")));
      if (b.type === "table") texts.push(b.caption, ...b.columns.map((c) => c.title), ...b.rows.flat());
    }
  }
  return texts;
}

async function sample(dir: string, day: string) {
  const loaded = await loadDay(dir, day);
  if (!loaded.ok) throw new Error(`${dir}/${day} does not load`);
  const {facts} = computeFacts(loaded.value);
  return {loaded: loaded.value, facts, brief: composeBrief(facts, "zh-CN")};
}

const CODE = /\b\d{6}\.(SH|SZ|BJ|TI)\b/g;

describe("the Chinese brief's prose", () => {
  // The marks Chinese market text itself uses: ST (*ST), the new-listing marks N and C, K线, A股.
  const ALLOWED = new Set(["ST", "N", "C", "K", "A"]);

  for (const day of ["2025-06-18", "2025-06-24", "2025-06-25"]) {
    it(`has no English words outside codes, numbers, names as traded and the marks ST, N, C (${day})`, async () => {
      const {loaded, facts, brief} = await sample("data", day);
      // Names as traded may hold Latin letters ("CRO概念"); they are the market's, not our prose.
      const names = [...loaded.snapshot.stocks, ...loaded.snapshot.indices].map((x) => x.name).filter((n) => /[A-Za-z]/.test(n));
      const english: string[] = [];
      for (const text of proseOf(brief)) {
        // The source line is the data's own attribution, quoted as given.
        let bare = text.replaceAll(facts.source, "").replace(CODE, "");
        for (const name of names.sort((a, b) => b.length - a.length)) bare = bare.replaceAll(name, "");
        for (const word of bare.match(/[A-Za-z]+/g) ?? []) if (!ALLOWED.has(word)) english.push(`${word} in "${text.slice(0, 60)}…"`);
      }
      expect(english).toEqual([]);
    });
  }
});

/** Every way the Chinese composer may print a number that came from the facts. */
function renderings(value: number): string[] {
  const out = [num(value), num(value, 2), points(value), pct(value), pctAbs(value), pctSigned(value)];
  if (Number.isInteger(value)) out.push(yuan(value), `${value}%`);
  // Money is printed in a unit ("2.21万亿元", "21.96亿元"): the figure in it is what prose shows.
  out.push(...(amount(value).match(/\d[\d,.]*/g) ?? []));
  return out;
}

function collectNumbers(value: unknown, out: Set<string>): void {
  if (typeof value === "number") for (const r of renderings(value)) out.add(r);
  else if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    // "2025年6月24日": year, month and day each appear as a number.
    for (const n of date(value).match(/\d+/g) ?? []) out.add(n);
  } else if (Array.isArray(value)) {
    // A list's length is a count the facts carry ("等21只" names the size of a list).
    out.add(num(value.length));
    value.forEach((v) => collectNumbers(v, out));
  } else if (value && typeof value === "object") Object.values(value).forEach((v) => collectNumbers(v, out));
}

// Numbers that are rules, not data: the "up more than 9%" threshold of the breadth count.
const RULE_CONSTANTS = new Set(["9%"]);

describe("numbers in the Chinese brief's prose", () => {
  for (const [dir, day] of [["tests/golden/small/data", "2025-06-24"], ["data", "2025-06-24"], ["data", "2025-06-25"]] as const) {
    it(`are each a rendering of a value in the facts or the snapshot (${dir} ${day})`, async () => {
      const {loaded, facts, brief} = await sample(dir, day);
      const allowed = new Set<string>(RULE_CONSTANTS);
      collectNumbers(facts, allowed);
      collectNumbers(loaded.snapshot, allowed);
      // The broad indices' Chinese names come from the catalogue where the data names them in English.
      const names = [...loaded.snapshot.stocks, ...loaded.snapshot.indices, ...BROAD_INDICES.map((b) => ({name: b.nameZh}))]
        .map((x) => x.name)
        .filter((n) => /\d/.test(n));
      const untraced: string[] = [];
      for (const text of proseOf(brief).filter((t) => !t.includes(facts.source))) {
        // Codes and names ("科创50") are identifiers, not figures.
        let bare = text.replace(CODE, "");
        for (const name of names.sort((a, b) => b.length - a.length)) bare = bare.replaceAll(name, "");
        for (const token of bare.match(/[+-]?\d(?:[\d,]*\d)?(?:\.\d+)?%?/g) ?? []) {
          if (!allowed.has(token)) untraced.push(`${token} in "${text.slice(0, 80)}…"`);
        }
      }
      expect(untraced).toEqual([]);
      // Reading every number of a 5,000-stock snapshot takes most of 30 s on a busy machine.
    }, 120_000);
  }
});
