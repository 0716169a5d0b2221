import type {APIRoute} from "astro";
import {allBriefs} from "../site/briefs.ts";
import {briefFeed} from "../site/feed.ts";

export const GET: APIRoute = async ({site}) =>
  briefFeed({
    title: "Market Brief",
    description: "Daily China A-share market briefs: indices, breadth, limit-ups, sectors and themes.",
    site: site as URL,
    briefs: await allBriefs(),
    self: "/rss.xml",
  });
