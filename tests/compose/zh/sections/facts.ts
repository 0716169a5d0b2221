import {readFileSync} from "node:fs";
import type {MarketFacts} from "../../../../src/analytics/types.ts";
import {createContext} from "../../../../src/compose/context.ts";

/** The traded Chinese names of everything the hand-made golden facts name (they were written in English). */
const NAMES: Record<string, string> = {
  "000001.SH": "上证指数",
  "399001.SZ": "深证成指",
  "399006.SZ": "创业板指",
  "000688.SH": "科创50",
  "000300.SH": "沪深300",
  "886032.TI": "固态电池",
  "885710.TI": "锂电池",
  "881121.TI": "银行",
  "000001.SZ": "平安银行",
  "600000.SH": "浦发银行",
  "002074.SZ": "国轩高科",
  "002125.SZ": "湘潭电化",
  "002263.SZ": "大东南",
  "300750.SZ": "宁德时代",
  "300801.SZ": "泰和科技",
  "600110.SH": "诺德股份",
  "601012.SH": "隆基绿能",
  "603212.SH": "赛伍技术",
  "688499.SH": "利元亨",
  "688707.SH": "振华新材",
  "920001.BJ": "北京精密",
};

function renamed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(renamed);
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = renamed(v);
  if (typeof out.code === "string" && typeof out.name === "string") out.name = NAMES[out.code] ?? out.name;
  return out;
}

/**
 * Hand-made facts: the small golden day (tests/golden/small, 18 stocks, one of them with an
 * unknown limit) with Chinese traded names, a fresh copy each call so a test may change it.
 */
export function goldenFacts(): MarketFacts {
  return renamed(JSON.parse(readFileSync("tests/golden/small/expected/2025-06-24.facts.json", "utf8"))) as MarketFacts;
}

export const zhContext = (facts: MarketFacts) => createContext(facts, "zh-CN");

/** A section's blocks as text: paragraphs and subheadings, charts as "[chart id]". */
export function texts(section: {blocks: {type: string}[]} | null): string[] {
  if (!section) return [];
  return section.blocks.map((b) => {
    const block = b as {type: string; children?: {value: string}[]; text?: string; id?: string; caption?: string};
    if (block.type === "paragraph") return (block.children ?? []).map((c) => c.value).join("");
    if (block.type === "subheading") return `### ${block.text}`;
    if (block.type === "chart") return `[chart ${block.id}]`;
    if (block.type === "table") return `[table ${block.caption}]`;
    return `[${block.type}]`;
  });
}
