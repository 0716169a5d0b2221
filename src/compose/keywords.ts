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
    if (k && !out.some((o) => keywordTheme(o) === keywordTheme(k))) out.push(k);
  };
  for (const story of facts.stories.slice(0, 3)) for (const code of story.subjects.slice(0, 2)) add(names.get(code));
  for (const s of facts.sectors.leaders.slice(0, 3)) add(s.name);
  const top = facts.ladder.rungs[0];
  if (top && top.height >= 3) for (const s of top.stocks.slice(0, 2)) add(s.name);
  add(facts.limits.limitUpCount > 0 ? words.limitUp : undefined);
  add(words.market);
  return out.slice(0, MAX_KEYWORDS);
}

/** "batteries" → "battery", "stocks" → "stock"; short words and "-ss" endings stay as they are. */
function singular(word: string): string {
  if (word.length <= 3 || !/^[a-z]+$/.test(word) || word.endsWith("ss") || word.endsWith("us") || word.endsWith("is")) return word;
  if (word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (/(ches|shes|xes|sses)$/.test(word)) return word.slice(0, -2);
  return word.endsWith("s") ? word.slice(0, -1) : word;
}

/**
 * The theme a keyword names, for telling two spellings of one theme apart from two themes:
 * case, width, punctuation and spacing do not count, nor an English plural ("Solid-State
 * Battery" and "solid-state batteries" are both "solid state battery"). Chinese keywords keep
 * their characters ("固态电池"). Keyword pages and feeds are one per theme.
 */
export function keywordTheme(keyword: string): string {
  const words = keyword.normalize("NFKC").toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return words.map(singular).join(" ");
}
