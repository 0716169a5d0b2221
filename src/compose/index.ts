/**
 * compose: MarketFacts alone + a language → Brief (facts.json is enough to write the brief again).
 * It words every section in English or Simplified Chinese, formats every number, picks the
 * headline from the ranked stories and builds the Vega-Lite chart specs. It never does I/O, never
 * reads the clock or randomness: wording varies by a hash of date and topic, so the same facts
 * always give the same brief.
 */
import type {MarketFacts} from "../analytics/types.ts";
import {createContext, type ComposeContext} from "./context.ts";
import {englishFacts} from "./englishFacts.ts";
import {headline} from "./headline.ts";
import {keywords} from "./keywords.ts";
import {SECTIONS, type SectionComposer} from "./sections/index.ts";
import {chineseFacts} from "./zh/chineseFacts.ts";
import {headline as zhHeadline} from "./zh/headline.ts";
import {zhKeywords} from "./zh/keywords.ts";
import {ZH_SECTIONS} from "./zh/sections/index.ts";
import type {Brief, Lang, Section} from "./types.ts";

export type {Brief, Lang} from "./types.ts";

/** What differs between editions: the names the facts carry, the headline, keywords and sections. */
interface Edition {
  facts(traded: MarketFacts): MarketFacts;
  headline(ctx: ComposeContext): {title: string; dek: string};
  keywords(facts: MarketFacts): string[];
  sections: readonly SectionComposer[];
}

const EDITIONS: Record<Lang, Edition> = {
  // The English brief names every stock and index in English (master, index, else pinyin).
  en: {facts: englishFacts, headline, keywords: (facts) => keywords(facts), sections: SECTIONS},
  // The Chinese brief names them as traded (broad indices by their Chinese names).
  "zh-CN": {facts: chineseFacts, headline: zhHeadline, keywords: zhKeywords, sections: ZH_SECTIONS},
};

export function composeBrief(tradedFacts: MarketFacts, lang: Lang = "en"): Brief {
  const edition = EDITIONS[lang];
  const facts = edition.facts(tradedFacts);
  const ctx = createContext(facts, lang);
  const {title, dek} = edition.headline(ctx);
  const sections = edition.sections.map((compose) => compose(ctx)).filter((s): s is Section => s !== null);
  return {
    date: facts.date,
    session: facts.session,
    title,
    dek,
    keywords: edition.keywords(facts),
    source: facts.source,
    sections,
    charts: ctx.charts,
  };
}
