/**
 * 涨跌停统计 never pass "unknown" off as zero (the English rules of limitCounts.ts, worded in
 * Chinese): when some stocks' limits could not be determined, every count says it covers only the
 * stocks whose limit is known, and one sentence says the counts are incomplete.
 */
import type {MarketFacts} from "../../analytics/types.ts";
import {jia, zhi} from "./format.ts";

/** "在可确定涨跌幅限制的17只个股中，" before a count, or "" when every limit is known. */
export function amongKnown(facts: MarketFacts): string {
  if (facts.limits.unknown.total === 0) return "";
  return `在可确定涨跌幅限制的${zhi(facts.limits.knownCount)}个股中，`;
}

/** "（仅计可确定涨跌幅限制的17只个股）" after a count, or "". */
export function amongKnownShort(facts: MarketFacts): string {
  if (facts.limits.unknown.total === 0) return "";
  return `（仅计可确定涨跌幅限制的${zhi(facts.limits.knownCount)}个股）`;
}

/** The sentence saying the counts are incomplete, or null when they are not. */
export function incompleteCounts(facts: MarketFacts): string | null {
  const n = facts.limits.unknown.total;
  if (n === 0) return null;
  return `以上统计不完整：另有${zhi(n)}个股的涨跌幅限制无法确定（见文末说明），未计入。`;
}

/** When no stock's limit is known there is no count at all: the sentence that says so, else null. */
export function noLimitCounts(facts: MarketFacts): string | null {
  if (facts.limits.knownCount > 0) return null;
  const n = facts.limits.unknown.total;
  return `${n === 1 ? "当日唯一一只个股的涨跌幅限制" : `全部${zhi(n)}个股的涨跌幅限制均`}无法确定（见文末说明），因此没有涨停、跌停统计。`;
}

/** "涨停112家" or, with none, "无个股涨停". */
export const limitUps = (n: number): string => (n === 0 ? "无个股涨停" : `涨停${jia(n)}`);
