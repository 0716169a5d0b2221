/**
 * English names of the stocks and indices the facts name: the English brief writes these, the
 * Chinese one the names as traded. Stocks' come from the security master, indices' from the
 * data's name_en (or the broad-index catalogue). Only codes the facts mention, so facts.json
 * stays small.
 */
import {broadIndex} from "../market/broadIndices.ts";
import type {Day} from "../snapshot/types.ts";
import type {MarketFacts} from "./types.ts";

export function englishNames(facts: Omit<MarketFacts, "englishNames" | "chartSeries">, day: Day): Record<string, string> {
  const codes = new Set<string>();
  const {limits, ladder, sectors} = facts;
  for (const list of [limits.limitUp, limits.limitDown, limits.broken]) for (const s of list) codes.add(s.code);
  for (const rung of ladder.rungs) for (const s of rung.stocks) codes.add(s.code);
  for (const index of facts.indices) codes.add(index.code);
  for (const sector of [...sectors.leaders, ...sectors.laggards, ...sectors.notable]) {
    codes.add(sector.code);
    for (const m of sector.leadingMembers) codes.add(m.code);
    for (const m of sector.monthToDate?.leaders ?? []) codes.add(m.code);
  }
  for (const theme of facts.limitThemes) codes.add(theme.code);
  for (const story of facts.stories) for (const code of story.subjects) codes.add(code);
  const indexNames = new Map(day.snapshot.indices.map((i) => [i.code, i.nameEn ?? broadIndex(i.code)?.name ?? null]));
  const names: Record<string, string> = {};
  for (const code of [...codes].sort()) {
    const en = indexNames.get(code) ?? day.history.master.securities.get(code)?.nameEn;
    if (en) names[code] = en;
  }
  return names;
}
