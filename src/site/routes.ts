import {allBriefs, briefOf, keywordGroups, sessionTwinOf, type BriefView, type KeywordGroup} from "./briefs.ts";
import {parseBriefId} from "./briefId.ts";
import {otherLang, type Lang} from "./lang.ts";
import {briefFingerprint, briefLink, pageCacheKey} from "./pageCacheKey.ts";
import {chartFilePath} from "./chartFiles.ts";
import {carriedInFull} from "./feed.ts";
import {rendersDate} from "./sitePart.ts";

/**
 * The static paths of each edition's dynamic pages, shared by the English routes (src/pages/…)
 * and the Chinese ones (src/pages/zh/…), so the two editions are the same site in two languages.
 */
export interface BriefPageProps {
  brief: BriefView;
  newer: BriefView | null;
  older: BriefView | null;
  /** Whether the other edition has this brief too (then the pages link each other). */
  hasTwin: boolean;
  /** The same date's brief of the other session: the midday brief on the close's page, the close on the midday page. */
  sessionTwin: BriefView | null;
}

/** Which session's pages a route makes: /briefs/DATE/ (the close) or /briefs/DATE/midday/. */
export type RouteSession = "close" | "midday";

/**
 * Every path below carries a cacheKey for Astro's incremental build (pageCacheKey.ts): the
 * hash of everything the page shows that Astro does not track itself.
 */

/** Route params of a brief: its date (the midday route adds "midday/" after it). */
const paramsOf = (brief: BriefView) => ({id: parseBriefId(brief.id).date});
/** The briefs of a session this build renders (all of them, or its site part's: sitePart.ts). */
export const ofSession = (session: RouteSession) => (brief: BriefView) => parseBriefId(brief.id).session === session && rendersDate(brief.date);

export async function briefRoutes(lang: Lang, session: RouteSession = "close"): Promise<{params: {id: string}; props: BriefPageProps; cacheKey: string}[]> {
  const briefs = await allBriefs(lang);
  return Promise.all(
    briefs
      .map((brief, i) => ({brief, i}))
      .filter(({brief}) => ofSession(session)(brief))
      .map(async ({brief, i}) => {
        // Newest first: the next (later) brief is at i − 1, the previous (earlier) one at i + 1.
        const props: BriefPageProps = {
          brief,
          newer: briefs[i - 1] ?? null,
          older: briefs[i + 1] ?? null,
          hasTwin: (await briefOf(brief.id, otherLang(lang))) !== null,
          sessionTwin: await sessionTwinOf(brief),
        };
        // The page names its lead chart's PNG (its social card) for the build to publish: named
        // here too, so that a page copied from the previous build still gets its PNG.
        const lead = brief.entry.data.charts[0];
        if (lead) chartFilePath("png", lead, lang);
        return {
          params: paramsOf(brief),
          props,
          cacheKey: pageCacheKey({
            brief: await briefFingerprint(brief),
            view: briefLink(brief),
            newer: briefLink(props.newer),
            older: briefLink(props.older),
            hasTwin: props.hasTwin,
            sessionTwin: briefLink(props.sessionTwin),
          }),
        };
      }),
  );
}

export async function briefDataRoutes(
  lang: Lang,
  session: RouteSession = "close",
): Promise<{params: {id: string}; props: {brief: BriefView; hasTwin: boolean}; cacheKey: string}[]> {
  return Promise.all(
    (await allBriefs(lang)).filter(ofSession(session)).map(async (brief) => {
      const hasTwin = (await briefOf(brief.id, otherLang(lang))) !== null;
      return {
        params: paramsOf(brief),
        props: {brief, hasTwin},
        cacheKey: pageCacheKey({brief: await briefFingerprint(brief), view: briefLink(brief), hasTwin}),
      };
    }),
  );
}

/** "2025-06" for each month with briefs, newest first. */
export async function monthsOf(lang: Lang): Promise<string[]> {
  return [...new Set((await allBriefs(lang)).map((b) => b.date.slice(0, 7)))];
}

export async function monthRoutes(lang: Lang): Promise<{params: {month: string}; props: {briefs: BriefView[]; hasTwin: boolean}; cacheKey: string}[]> {
  const briefs = await allBriefs(lang);
  const twinMonths = new Set(await monthsOf(otherLang(lang)));
  return (await monthsOf(lang)).map((month) => {
    const props = {briefs: briefs.filter((b) => b.date.startsWith(month)), hasTwin: twinMonths.has(month)};
    return {params: {month}, props, cacheKey: pageCacheKey({month, hasTwin: props.hasTwin, briefs: props.briefs.map(briefLink)})};
  });
}

/**
 * A keyword's page and its feed. The feed carries in full those of its briefs the edition's feed
 * carries (the newest), so the key holds every brief's fingerprint and which are carried in full:
 * a new day moves the oldest of those out. (The edition's feed, rendered on every build, names
 * their charts' PNGs for the build to publish.)
 */
export async function keywordRoutes(lang: Lang): Promise<{params: {slug: string}; props: {group: KeywordGroup}; cacheKey: string}[]> {
  const full = await carriedInFull(lang);
  return Promise.all(
    (await keywordGroups(lang)).map(async (group) => ({
      params: {slug: group.slug},
      props: {group},
      cacheKey: pageCacheKey({
        slug: group.slug,
        label: group.label,
        initial: group.initial,
        briefs: await Promise.all(group.briefs.map(async (b) => ({view: briefLink(b), fingerprint: await briefFingerprint(b), full: full.has(b.id)}))),
      }),
    })),
  );
}
