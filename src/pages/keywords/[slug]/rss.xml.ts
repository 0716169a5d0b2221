import type {APIRoute, GetStaticPaths} from "astro";
import {keywordGroups, type KeywordGroup} from "../../../site/briefs.ts";
import {briefFeed} from "../../../site/feed.ts";

export const getStaticPaths: GetStaticPaths = async () => (await keywordGroups()).map((group) => ({params: {slug: group.slug}, props: {group}}));

/** One feed per keyword, for subscribers who follow one theme or stock. */
export const GET: APIRoute = async ({site, props}) => {
  const {group} = props as {group: KeywordGroup};
  return briefFeed({
    title: `Market Brief: ${group.label}`,
    description: `Market Brief's daily A-share briefs about ${group.label}.`,
    site: site as URL,
    briefs: group.briefs,
    self: `/keywords/${group.slug}/rss.xml`,
  });
};
