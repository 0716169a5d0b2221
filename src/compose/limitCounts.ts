/**
 * Limit counts never pass "unknown" off as zero: when some stocks' limits could not be
 * determined, every sentence that gives a count says it covers only the stocks whose limit is
 * known, and one sentence says how many were left out.
 */
import type {MarketFacts} from "../analytics/types.ts";
import {agree, count, countAtStart, grouped} from "./format.ts";

/** " among the 5,123 stocks whose price limit could be determined" (short: " (of 5,123 stocks with a known limit)"), or "" when all could. */
export function amongKnown(facts: MarketFacts, form: "long" | "short" = "long"): string {
  if (facts.limits.unknown.total === 0) return "";
  const n = facts.limits.knownCount;
  const stocks = agree(n, "stock");
  return form === "short" ? ` (of ${grouped(n)} ${stocks} with a known limit)` : ` among the ${count(n)} ${stocks} whose price limit could be determined`;
}

/** The sentence saying the counts are incomplete, or null when they are not. */
export function incompleteCounts(facts: MarketFacts): string | null {
  const n = facts.limits.unknown.total;
  if (n === 0) return null;
  return `The counts are incomplete: the price ${n === 1 ? "limit of one stock" : `limits of ${count(n)} stocks`} could not be determined (see the note at the end), so ${agree(n, "it is", "they are")} not counted.`;
}

/** When no stock's limit is known there is no count at all: the sentence that says so, else null. */
export function noLimitCounts(facts: MarketFacts): string | null {
  if (facts.limits.knownCount > 0) return null;
  const n = facts.limits.unknown.total;
  return `The price ${n === 1 ? "limit of the day's one stock" : `limits of all ${grouped(n)} stocks`} could not be determined (see the note at the end), so there is no count of limit-up and limit-down closes.`;
}

/**
 * "Six stocks closed limit-up and 1 limit-down …", or "No stock closed limit-up … among the 17
 * stocks whose price limit could be determined, and 1 limit-down" when some are unknown. `when`
 * may be "" (a verb like "closed" says it already).
 */
export function limitUpAndDown(facts: MarketFacts, verb: string, whenWords: string): string {
  const l = facts.limits;
  const when = whenWords === "" ? "" : ` ${whenWords}`;
  if (l.limitUpCount === 0 && l.limitDownCount === 0) return `No stock ${verb} limit-up or limit-down${when}${amongKnown(facts)}`;
  if (l.limitUpCount === 0 && l.unknown.total > 0) {
    return `No stock ${verb} limit-up${when}${amongKnown(facts)}, and ${grouped(l.limitDownCount)} limit-down`;
  }
  const down = l.limitDownCount === 0 ? `no stock ${verb}` : grouped(l.limitDownCount);
  return `${countAtStart(l.limitUpCount)} ${agree(l.limitUpCount, "stock", "stocks")} ${verb} limit-up and ${down} limit-down${when}${amongKnown(facts)}`;
}
