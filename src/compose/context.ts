import type {MarketFacts} from "../analytics/types.ts";
import type {ChartDef, Inline, Lang} from "./types.ts";
import {pick} from "./phrase.ts";
import {chartId} from "./chartId.ts";

/**
 * What every section gets: the facts, a place to register charts,
 * and the small stateful helpers that make prose read well — a stock or index is named with its
 * code on first mention and by name after. Sections run in order, so the state is deterministic.
 */
export interface ComposeContext {
  facts: MarketFacts;
  lang: Lang;
  /** Adds a chart of the day and returns its id ("DATE-name"). */
  chart(name: string, def: Omit<ChartDef, "id">): string;
  charts: ChartDef[];
  /** "Xiangtan Electrochemical (002125.SZ)" the first time, "Xiangtan Electrochemical" after. */
  name(code: string, name: string): string;
  /** "Taihe Technology (300801.SZ, +20.00%)" the first time, "Taihe Technology (+20.00%)" after. */
  nameWith(code: string, name: string, note: string): string;
  /** Picks wording by the day and a topic key: same day, same words. */
  vary<T>(topic: string, variants: readonly T[]): T;
  /** "at the close" or "by the midday break" (Chinese: "收盘" or "午间收盘", as in "截至收盘"). */
  when: string;
  isMidday: boolean;
}

/** How each language names a code on first mention and says when the snapshot was taken. */
const NAMING: Record<Lang, {code(name: string, code: string, note?: string): string; note(name: string, note: string): string; when: [close: string, midday: string]}> = {
  en: {
    code: (name, code, note) => `${name} (${code}${note === undefined ? "" : `, ${note}`})`,
    note: (name, note) => `${name} (${note})`,
    when: ["at the close", "by the midday break"],
  },
  // Chinese prose brackets codes in full-width parentheses and separates with a full-width comma.
  "zh-CN": {
    code: (name, code, note) => `${name}（${code}${note === undefined ? "" : `，${note}`}）`,
    note: (name, note) => `${name}（${note}）`,
    when: ["收盘", "午间收盘"],
  },
};

export function createContext(facts: MarketFacts, lang: Lang = "en"): ComposeContext {
  const mentioned = new Set<string>();
  const charts: ChartDef[] = [];
  const isMidday = facts.session === "midday";
  const naming = NAMING[lang];
  return {
    facts,
    lang,
    charts,
    chart(name, def) {
      // A midday brief's charts are its own ("2025-06-25-midday-breadth"), beside the close's of the same date.
      const id = chartId(isMidday ? `${facts.date}-midday` : facts.date, name);
      if (charts.some((c) => c.id === id)) throw new Error(`chart ${id} registered twice`);
      charts.push({id, ...def});
      return id;
    },
    name(code, name) {
      if (mentioned.has(code)) return name;
      mentioned.add(code);
      return naming.code(name, code);
    },
    nameWith(code, name, note) {
      if (mentioned.has(code)) return naming.note(name, note);
      mentioned.add(code);
      return naming.code(name, code, note);
    },
    vary: (topic, variants) => pick(`${facts.date}:${facts.session}:${topic}`, variants),
    when: naming.when[isMidday ? 1 : 0],
    isMidday,
  };
}

export const text = (value: string): Inline => ({type: "text", value});
export const strong = (value: string): Inline => ({type: "strong", value});
/** A paragraph block from sentences (empty ones dropped), joined by spaces. */
export const paragraph = (...sentences: (string | null | undefined | false)[]) => ({
  type: "paragraph" as const,
  children: [text(sentences.filter((s): s is string => typeof s === "string" && s.length > 0).join(" "))],
});
