/**
 * compose: MarketFacts alone → Brief (facts.json is enough to write the brief again). It words every
 * section in English, formats every number, picks the headline from the ranked stories and
 * builds the Vega-Lite chart specs. It never does I/O, never reads the clock or randomness:
 * wording varies by a hash of date and topic, so the same facts always give the same brief.
 */
import type {MarketFacts} from "../analytics/types.ts";
import {createContext} from "./context.ts";
import {englishFacts} from "./englishFacts.ts";
import {headline} from "./headline.ts";
import {keywords} from "./keywords.ts";
import {SECTIONS} from "./sections/index.ts";
import type {Brief, Lang, Section} from "./types.ts";

export type {Brief, Lang} from "./types.ts";

export function composeBrief(tradedFacts: MarketFacts, lang: Lang = "en"): Brief {
  // The English brief names every stock and index in English (master, index, else pinyin).
  const facts = englishFacts(tradedFacts);
  const ctx = createContext(facts);
  const {title, dek} = headline(ctx);
  const sections = SECTIONS.map((compose) => compose(ctx)).filter((s): s is Section => s !== null);
  return {
    date: facts.date,
    session: facts.session,
    title,
    dek,
    keywords: keywords(facts),
    source: facts.source,
    sections,
    charts: ctx.charts,
  };
}
