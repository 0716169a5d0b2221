import {allBriefs, briefOf, keywordGroups, sessionTwinOf, type BriefView, type KeywordGroup} from "./briefs.ts";
import {parseBriefId} from "./briefId.ts";
import {chartsOf, type ChartDef} from "./charts.ts";
import {otherLang, type Lang} from "./lang.ts";

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

/** Route params of a brief: its date (the midday route adds "midday/" after it). */
const paramsOf = (brief: BriefView) => ({id: parseBriefId(brief.id).date});
const ofSession = (session: RouteSession) => (brief: BriefView) => parseBriefId(brief.id).session === session;

export async function briefRoutes(lang: Lang, session: RouteSession = "close"): Promise<{params: {id: string}; props: BriefPageProps}[]> {
  const briefs = await allBriefs(lang);
  return Promise.all(
    briefs
      .map((brief, i) => ({brief, i}))
      .filter(({brief}) => ofSession(session)(brief))
      .map(async ({brief, i}) => ({
        params: paramsOf(brief),
        // Newest first: the next (later) brief is at i − 1, the previous (earlier) one at i + 1.
        props: {
          brief,
          newer: briefs[i - 1] ?? null,
          older: briefs[i + 1] ?? null,
          hasTwin: (await briefOf(brief.id, otherLang(lang))) !== null,
          sessionTwin: await sessionTwinOf(brief),
        },
      })),
  );
}

export async function briefDataRoutes(
  lang: Lang,
  session: RouteSession = "close",
): Promise<{params: {id: string}; props: {brief: BriefView; charts: ChartDef[]; hasTwin: boolean}}[]> {
  return Promise.all(
    (await allBriefs(lang)).filter(ofSession(session)).map(async (brief) => {
      // The date's charts are both sessions'; this brief's are the ones its front matter lists.
      const own = new Set(brief.entry.data.charts);
      return {
        params: paramsOf(brief),
        props: {brief, charts: (await chartsOf(brief.date, lang)).filter((c) => own.has(c.id)), hasTwin: (await briefOf(brief.id, otherLang(lang))) !== null},
      };
    }),
  );
}

/** "2025-06" for each month with briefs, newest first. */
export async function monthsOf(lang: Lang): Promise<string[]> {
  return [...new Set((await allBriefs(lang)).map((b) => b.date.slice(0, 7)))];
}

export async function monthRoutes(lang: Lang): Promise<{params: {month: string}; props: {briefs: BriefView[]; hasTwin: boolean}}[]> {
  const briefs = await allBriefs(lang);
  const twinMonths = new Set(await monthsOf(otherLang(lang)));
  return (await monthsOf(lang)).map((month) => ({
    params: {month},
    props: {briefs: briefs.filter((b) => b.date.startsWith(month)), hasTwin: twinMonths.has(month)},
  }));
}

export async function keywordRoutes(lang: Lang): Promise<{params: {slug: string}; props: {group: KeywordGroup}}[]> {
  return (await keywordGroups(lang)).map((group) => ({params: {slug: group.slug}, props: {group}}));
}
