import type {MarketFacts} from "../analytics/types.ts";

/** Most keywords a brief carries. */
const MAX_KEYWORDS = 8;

/** The two keywords that are words, not names, in the brief's language. */
export interface KeywordWords {
  limitUp: string;
  market: string;
}

const EN_WORDS: KeywordWords = {limitUp: "limit-up stocks", market: "A-shares"};

/**
 * The brief's core keywords, strongest first: what the stories are about, the leading sectors,
 * the top of the ladder, and the market itself. Names as they appear in the brief.
 */
export function keywords(facts: MarketFacts, words: KeywordWords = EN_WORDS): string[] {
  const names = new Map<string, string>();
  for (const i of facts.indices) names.set(i.code, i.name);
  for (const s of [...facts.sectors.leaders, ...facts.sectors.notable, ...facts.sectors.laggards]) names.set(s.code, s.name);
  for (const rung of facts.ladder.rungs) for (const s of rung.stocks) names.set(s.code, s.name);

  const out: string[] = [];
  const add = (k: string | undefined) => {
    if (k && !out.some((o) => o.toLowerCase() === k.toLowerCase())) out.push(k);
  };
  for (const story of facts.stories.slice(0, 3)) for (const code of story.subjects.slice(0, 2)) add(names.get(code));
  for (const s of facts.sectors.leaders.slice(0, 3)) add(s.name);
  const top = facts.ladder.rungs[0];
  if (top && top.height >= 3) for (const s of top.stocks.slice(0, 2)) add(s.name);
  add(facts.limits.limitUpCount > 0 ? words.limitUp : undefined);
  add(words.market);
  return out.slice(0, MAX_KEYWORDS);
}
