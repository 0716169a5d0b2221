import rss from "@astrojs/rss";
import {render} from "astro:content";
import {experimental_AstroContainer as AstroContainer} from "astro/container";
import {loadRenderers} from "astro:container";
import {getContainerRenderer} from "@astrojs/mdx/container-renderer";
import FeedChart from "../components/FeedChart.astro";
import Commentary from "../components/Commentary.astro";
import type {BriefView} from "./briefs.ts";

/** Items a feed carries: subscribers get the newest 20 briefs in full. */
export const FEED_ITEMS = 20;

let container: Promise<AstroContainer> | null = null;
const html = new Map<string, Promise<string>>();

/** A brief's full HTML for feeds: charts as PNG images with absolute URLs, commentary included. */
function feedHtml(brief: BriefView, site: URL): Promise<string> {
  let out = html.get(brief.id);
  if (!out) {
    out = (async () => {
      container ??= loadRenderers([getContainerRenderer()]).then((renderers) => AstroContainer.create({renderers}));
      const {Content} = await render(brief.entry);
      return (await container).renderToString(Content, {
        props: {components: {Chart: FeedChart, Commentary}},
        locals: {briefDate: brief.id, site: site.href, feed: true},
        request: new Request(new URL(`/briefs/${brief.id}/`, site)),
      });
    })();
    html.set(brief.id, out);
  }
  return out;
}

/** An RSS 2.0 feed of briefs (newest first), each item with the full brief, its categories and a stable GUID. */
export async function briefFeed(options: {title: string; description: string; site: URL; briefs: BriefView[]; self: string}): Promise<Response> {
  const items = await Promise.all(
    options.briefs.slice(0, FEED_ITEMS).map(async (b) => ({
      title: b.title,
      description: b.dek,
      link: `/briefs/${b.id}/`,
      pubDate: b.published,
      categories: b.keywords,
      content: await feedHtml(b, options.site),
      // The brief's URL is its identity: regenerating a day never changes it.
      customData: `<guid isPermaLink="true">${new URL(`/briefs/${b.id}/`, options.site).href}</guid>`,
    })),
  );
  return rss({
    title: options.title,
    description: options.description,
    site: options.site,
    items,
    xmlns: {atom: "http://www.w3.org/2005/Atom"},
    customData: `<language>en</language><atom:link href="${new URL(options.self, options.site).href}" rel="self" type="application/rss+xml"/>`,
  });
}
