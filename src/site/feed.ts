import rss from "@astrojs/rss";
import {render} from "astro:content";
import {experimental_AstroContainer as AstroContainer} from "astro/container";
import {loadRenderers} from "astro:container";
import {getContainerRenderer} from "@astrojs/mdx/container-renderer";
import FeedChart from "../components/FeedChart.astro";
import Commentary from "../components/Commentary.astro";
import type {APIRoute} from "astro";
import {allBriefs, briefContent, type BriefView, type KeywordGroup} from "./briefs.ts";
import {UI} from "./ui.ts";
import {feedLanguage, paths, type Lang} from "./lang.ts";
import {feedDescription} from "./feedDescription.ts";
import {FEED_ITEMS} from "./feedItems.ts";

/**
 * Which briefs a feed carries in full: the edition's newest FEED_ITEMS, those its site feed
 * carries. A keyword feed reaches further back; its older items carry headline, summary and link.
 * A subscriber's reader fetched those items in full while they were new, and a brief in full
 * carries its charts as PNG images (~30 ms each to make): were every keyword feed's items full,
 * every chart of the archive would need one, and a ten-year archive's build would make ~35,000.
 */
export async function carriedInFull(lang: Lang): Promise<Set<string>> {
  return new Set((await allBriefs(lang)).slice(0, FEED_ITEMS).map((b) => b.id));
}

let container: Promise<AstroContainer> | null = null;
const html = new Map<string, Promise<string>>();

/** A brief's full HTML for feeds: charts as PNG images with absolute URLs, commentary included. */
function feedHtml(brief: BriefView, site: URL): Promise<string> {
  const key = `${brief.lang}/${brief.id}`;
  let out = html.get(key);
  if (!out) {
    out = (async () => {
      container ??= loadRenderers([getContainerRenderer()]).then((renderers) => AstroContainer.create({renderers}));
      const {Content} = await render(await briefContent(brief));
      return (await container).renderToString(Content, {
        props: {components: {Chart: FeedChart, Commentary}},
        locals: {briefDate: brief.id, briefId: brief.id, site: site.href, feed: true},
        // The brief's own URL: components tell the edition (which charts, which commentary) by its path.
        request: new Request(new URL(paths.brief(brief.lang, brief.id), site)),
      });
    })();
    html.set(key, out);
  }
  return out;
}

/**
 * An RSS 2.0 feed of one edition's briefs (newest first), each item with the full brief, its
 * categories and a stable GUID (the brief's URL, so the two editions' GUIDs differ).
 */
export async function briefFeed(options: {title: string; description: string; site: URL; briefs: BriefView[]; self: string; lang?: Lang}): Promise<Response> {
  const lang = options.lang ?? "en";
  const full = await carriedInFull(lang);
  const items = await Promise.all(
    options.briefs.slice(0, FEED_ITEMS).map(async (b) => ({
      title: b.title,
      description: feedDescription(b.dek),
      link: paths.brief(b.lang, b.id),
      pubDate: b.published,
      categories: b.keywords,
      content: full.has(b.id) ? await feedHtml(b, options.site) : undefined,
      // The brief's URL is its identity: regenerating a day never changes it.
      customData: `<guid isPermaLink="true">${new URL(paths.brief(b.lang, b.id), options.site).href}</guid>`,
    })),
  );
  return rss({
    title: options.title,
    description: options.description,
    // The channel links the edition's front page (/zh/ for Chinese); item links are absolute paths.
    site: lang === "en" ? options.site : new URL(paths.home(lang), options.site),
    items,
    xmlns: {atom: "http://www.w3.org/2005/Atom"},
    customData: `<language>${feedLanguage(lang)}</language><atom:link href="${new URL(options.self, options.site).href}" rel="self" type="application/rss+xml"/>`,
  });
}

/** The route of an edition's feed of all briefs (/rss.xml, /zh/rss.xml). */
export const editionFeedRoute =
  (lang: Lang): APIRoute =>
  async ({site}) =>
    briefFeed({
      title: UI[lang].feedTitle,
      description: UI[lang].feedDescription,
      site: site as URL,
      briefs: await allBriefs(lang),
      self: paths.feed(lang),
      lang,
    });

/** The route of one keyword's feed, for subscribers who follow one theme or stock. */
export const keywordFeedRoute =
  (lang: Lang): APIRoute =>
  async ({site, props}) => {
    const {group} = props as {group: KeywordGroup};
    return briefFeed({
      title: UI[lang].keywordFeedTitle(group.label),
      description: UI[lang].keywordFeedDescription(group.label),
      site: site as URL,
      briefs: group.briefs,
      self: paths.keywordFeed(lang, group.slug),
      lang,
    });
  };
