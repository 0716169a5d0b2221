import {readFile} from "node:fs/promises";
import {describe, expect, it} from "vitest";
import {computeFacts, factsToJson, type MarketFacts} from "../../src/analytics/index.ts";
import type {Story} from "../../src/analytics/types.ts";
import {composeBrief, type Brief, type Lang} from "../../src/compose/index.ts";
import {createEffects} from "../../src/io/index.ts";
import {goldenFacts as chineseGoldenFacts} from "./zh/sections/facts.ts";

/**
 * Issue 15: a midday brief speaks of the morning session. The sections here (headline, dek, lede,
 * overview, breadth and limit-ups, sectors, spotlight, outlook, FAQ, about) must hold no closing
 * word: "close", "closed", "closing", "at the close"; 收盘, 收涨, 收跌, 收报, 收出, 尾盘 — except in
 * a sentence about the previous session (named by its date), whose close it may well be.
 */
const CLOSING: Record<Lang, RegExp> = {
  en: /\bclos(e|ed|es|ing)\b/i,
  "zh-CN": /收盘|收涨|收跌|收报|收平|收出|收于|尾盘/,
};

function texts(brief: Brief): string[] {
  const out = [brief.title, brief.dek];
  for (const s of brief.sections) {
    if (s.heading) out.push(s.heading);
    for (const b of s.blocks) {
      if (b.type === "paragraph") out.push(b.children.map((c) => c.value).join(""));
      if (b.type === "subheading") out.push(b.text);
      if (b.type === "list") out.push(...b.items.map((i) => i.map((c) => c.value).join("")));
    }
  }
  return out;
}

/** "June 24" / "6月24日": how both editions name the previous session in a sentence about it. */
function previousDay(facts: MarketFacts, lang: Lang): string | null {
  if (!facts.previous) return null;
  const d = new Date(`${facts.previous.date}T00:00:00Z`);
  return lang === "en"
    ? d.toLocaleDateString("en-US", {month: "long", day: "numeric", timeZone: "UTC"})
    : `${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

function closingWords(facts: MarketFacts, lang: Lang): string[] {
  const yesterday = previousDay(facts, lang);
  const sentences = texts(composeBrief(facts, lang)).flatMap((t) => t.split(lang === "en" ? /(?<=[.?!])\s+/ : /(?<=[。？！；])/));
  return sentences.filter((t) => CLOSING[lang].test(t) && !(yesterday && t.includes(yesterday)));
}

describe("a midday brief's own sections use the morning session's words", () => {
  it("on the sample's midday snapshot (2025-06-25), in both editions", async () => {
    const loaded = await createEffects().loadDay("data", "2025-06-25");
    if (!loaded.ok) throw new Error("2025-06-25 does not load");
    const facts = JSON.parse(factsToJson(computeFacts(loaded.value).facts)) as MarketFacts;
    expect(facts.session).toBe("midday");
    expect(facts.previous).not.toBeNull();
    for (const lang of ["en", "zh-CN"] as const) expect(closingWords(facts, lang), lang).toEqual([]);
  });

  it("on the hand-made golden day made midday, with a record and a round level, in both editions", async () => {
    const en = JSON.parse(await readFile("tests/golden/small/expected/2025-06-24.facts.json", "utf8")) as MarketFacts;
    for (const [lang, f] of [["en", en], ["zh-CN", chineseGoldenFacts()]] as const) {
      const composite = f.indices[0];
      if (!composite) throw new Error("no composite");
      const record: Story = {kind: "recordClose", score: 99, subjects: [composite.code], evidence: [], code: composite.code, name: composite.name, close: composite.close, historySessions: 600, historyStart: "2023-01-03", previousHigh: 1, lastHigherDate: "2023-03-07", sessionsSinceHigher: 560};
      const midday: MarketFacts = {...f, session: "midday", stories: [record, ...f.stories]};
      expect(closingWords(midday, lang), lang).toEqual([]);
    }
  });

  it("would catch a closing word (the check itself)", () => {
    expect(CLOSING.en.test("The SSE Composite closed at 3,400")).toBe(true);
    expect(CLOSING["zh-CN"].test("上证指数收涨0.5%")).toBe(true);
  });
});
