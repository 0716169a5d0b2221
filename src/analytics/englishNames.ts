/**
 * English names, from the security master, of the stocks the facts name: the English brief
 * writes these, the Chinese one the names as traded. Only codes the facts mention, so
 * facts.json stays small.
 */
import type {SecurityMaster} from "../market/securityMaster.ts";
import type {MarketFacts} from "./types.ts";

export function englishNames(facts: Omit<MarketFacts, "englishNames">, master: SecurityMaster): Record<string, string> {
  const codes = new Set<string>();
  const {limits, ladder, sectors} = facts;
  for (const list of [limits.limitUp, limits.limitDown, limits.broken]) for (const s of list) codes.add(s.code);
  for (const rung of ladder.rungs) for (const s of rung.stocks) codes.add(s.code);
  for (const sector of [...sectors.leaders, ...sectors.laggards, ...sectors.notable]) {
    for (const m of sector.leadingMembers) codes.add(m.code);
    for (const m of sector.monthToDate?.leaders ?? []) codes.add(m.code);
  }
  for (const story of facts.stories) for (const code of story.subjects) codes.add(code);
  const names: Record<string, string> = {};
  for (const code of [...codes].sort()) {
    const en = master.securities.get(code)?.nameEn;
    if (en) names[code] = en;
  }
  return names;
}
