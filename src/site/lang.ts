import type {Edition} from "../io/briefFiles.ts";

/**
 * The site's languages are the editions of the briefs: English at the root, Simplified Chinese
 * under /zh/. Every page belongs to one language, told by its path, so components inside a
 * brief's MDX (which only receive the attributes an editor wrote) know it without a prop.
 */
export type Lang = Edition;
export const LANGS: readonly Lang[] = ["en", "zh-CN"];

/** The other edition: where the language switch leads. */
export const otherLang = (lang: Lang): Lang => (lang === "en" ? "zh-CN" : "en");

/** "" for English, "/zh" for Chinese: the prefix of every path of that edition. */
export const langPrefix = (lang: Lang): string => (lang === "en" ? "" : "/zh");

/** The language of a site path: "/zh/…" is Chinese, everything else English. */
export const langOfPath = (pathname: string): Lang => (/^\/zh(\/|$)/.test(pathname) ? "zh-CN" : "en");

/** Site paths of an edition's pages, each ending in "/" (trailingSlash: "always") or a file name. */
export const paths = {
  home: (lang: Lang) => `${langPrefix(lang)}/`,
  brief: (lang: Lang, id: string) => `${langPrefix(lang)}/briefs/${id}/`,
  briefData: (lang: Lang, id: string) => `${langPrefix(lang)}/briefs/${id}/data/`,
  /** The facts are one file for both editions (the numbers do not change with the language). */
  facts: (id: string) => `/briefs/${id}/facts.json`,
  archive: (lang: Lang) => `${langPrefix(lang)}/archive/`,
  month: (lang: Lang, month: string) => `${langPrefix(lang)}/archive/${month}/`,
  keywords: (lang: Lang) => `${langPrefix(lang)}/keywords/`,
  keyword: (lang: Lang, slug: string) => `${langPrefix(lang)}/keywords/${slug}/`,
  keywordFeed: (lang: Lang, slug: string) => `${langPrefix(lang)}/keywords/${slug}/rss.xml`,
  search: (lang: Lang) => `${langPrefix(lang)}/search/`,
  feed: (lang: Lang) => `${langPrefix(lang)}/rss.xml`,
};

/** The value of hreflang and <html lang> for an edition (BCP 47). */
export const hreflang = (lang: Lang): string => lang;

/** What the feed's <language> says (RSS uses the lower-case form of the language tag). */
export const feedLanguage = (lang: Lang): string => lang.toLowerCase();
