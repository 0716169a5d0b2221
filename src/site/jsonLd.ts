import type {BriefView} from "./briefs.ts";
import {UI} from "./ui.ts";

const PUBLISHER = {en: UI.en.siteName, "zh-CN": UI["zh-CN"].siteName};

/**
 * schema.org NewsArticle for a brief, serialized for a <script type="application/ld+json">.
 * "<" is escaped so that a headline containing "</script>" cannot end the element.
 */
export function newsArticleJsonLd(brief: BriefView, url: URL, image: URL | null): string {
  const data = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: brief.title,
    inLanguage: brief.lang,
    description: brief.dek,
    datePublished: brief.published.toISOString(),
    dateModified: brief.updated.toISOString(),
    keywords: brief.keywords,
    mainEntityOfPage: url.href,
    url: url.href,
    ...(image ? {image: [image.href]} : {}),
    author: {"@type": "Organization", name: PUBLISHER[brief.lang]},
    publisher: {"@type": "Organization", name: PUBLISHER[brief.lang]},
    isBasedOn: brief.entry.data.source,
  };
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
