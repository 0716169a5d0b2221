import type {APIRoute, GetStaticPaths} from "astro";
import type {KeywordGroup} from "../../../../site/briefs.ts";
import {briefFeed} from "../../../../site/feed.ts";
import {paths} from "../../../../site/lang.ts";
import {keywordRoutes} from "../../../../site/routes.ts";
import {UI} from "../../../../site/ui.ts";

const lang = "zh-CN" as const;

export const getStaticPaths: GetStaticPaths = () => keywordRoutes(lang);

/** One feed per keyword, for subscribers who follow one theme or stock. */
export const GET: APIRoute = async ({site, props}) => {
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
