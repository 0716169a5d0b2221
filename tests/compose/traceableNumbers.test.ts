import {describe, expect, it} from "vitest";
import {createEffects} from "../../src/io/index.ts";
import {computeFacts} from "../../src/analytics/index.ts";
import {composeBrief} from "../../src/compose/index.ts";
import {count, grouped, longDate, ordinal, percent, points, yuan, yuanAmount} from "../../src/compose/format.ts";
import type {Brief} from "../../src/compose/types.ts";

const {loadDay} = createEffects();

/** Every way the composer may print a number that came from the facts. */
function renderings(value: number): string[] {
  const out = [grouped(value), points(value), percent(value), percent(Math.abs(value)), percent(value, {signed: true}), count(value)];
  if (Number.isInteger(value)) out.push(ordinal(value), yuan(value), String(value), `${value}%`);
  // Money is printed in a unit ("CNY 2.21 trillion"): the figure in it is what prose shows.
  out.push(...(yuanAmount(value).match(/\d[\d,.]*/g) ?? []));
  return out;
}

function collectNumbers(value: unknown, out: Set<string>): void {
  if (typeof value === "number") for (const r of renderings(value)) out.add(r.toLowerCase());
  else if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    out.add(value);
    for (const part of [longDate(value), longDate(value, {short: true})]) for (const n of part.match(/\d+/g) ?? []) out.add(n);
  } else if (Array.isArray(value)) value.forEach((v) => collectNumbers(v, out));
  else if (value && typeof value === "object") Object.values(value).forEach((v) => collectNumbers(v, out));
}

function proseOf(brief: Brief): string[] {
  const texts = [brief.title, brief.dek];
  for (const s of brief.sections) {
    for (const b of s.blocks) {
      if (b.type === "paragraph") texts.push(b.children.map((c) => c.value).join(""));
      if (b.type === "subheading") texts.push(b.text);
      if (b.type === "list") texts.push(...b.items.map((i) => i.map((c) => c.value).join("")));
    }
  }
  return texts;
}

// Numbers that are rules, not data: the "up more than 9%" threshold of the breadth count.
const RULE_CONSTANTS = new Set(["9%"]);

describe("numbers in generated prose", () => {
  it("are each a rendering of a value in the facts or the snapshot", async () => {
    const loaded = await loadDay("tests/golden/small/data", "2025-06-24");
    if (!loaded.ok) throw new Error("golden snapshot does not load");
    const {facts} = computeFacts(loaded.value);
    const brief = composeBrief(facts);
    const allowed = new Set<string>(RULE_CONSTANTS);
    collectNumbers(facts, allowed);
    collectNumbers(loaded.value.snapshot, allowed);
    const names = [...loaded.value.snapshot.stocks, ...loaded.value.snapshot.indices].map((x) => x.name).filter((n) => /\d/.test(n));
    const untraced: string[] = [];
    for (const text of proseOf(brief)) {
      // Codes and names ("STAR 50") are identifiers, not figures.
      let bare = text.replace(/\b\d{6}\.(SH|SZ|BJ|TI)\b/g, "");
      for (const name of names) bare = bare.replaceAll(name, "");
      for (const token of bare.match(/[+-]?\d(?:[\d,]*\d)?(?:\.\d+)?%?(?:st|nd|rd|th)?/g) ?? []) {
        if (!allowed.has(token.toLowerCase())) untraced.push(`${token} in "${text.slice(0, 80)}…"`);
      }
    }
    expect(untraced).toEqual([]);
  });
});
