import type {MarketFacts} from "../analytics/types.ts";

/** An index's close today from the facts (a broad index or a ranked sector), for stories that do not carry it; null when the facts lack it. */
export function indexClose(facts: MarketFacts, code: string): number | null {
  const all = [...facts.indices, ...facts.sectors.notable, ...facts.sectors.leaders, ...facts.sectors.laggards];
  return all.find((i) => i.code === code)?.close ?? null;
}
