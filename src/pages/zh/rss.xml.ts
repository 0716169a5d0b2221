import type {APIRoute} from "astro";
import {allBriefs} from "../../site/briefs.ts";
import {briefFeed} from "../../site/feed.ts";
import {paths} from "../../site/lang.ts";
import {UI} from "../../site/ui.ts";

const lang = "zh-CN" as const;

export const GET: APIRoute = async ({site}) =>
  briefFeed({
    title: UI[lang].feedTitle,
    description: UI[lang].feedDescription,
    site: site as URL,
    briefs: await allBriefs(lang),
    self: paths.feed(lang),
    lang,
  });
