import {allBriefs, briefOf, keywordGroups, type BriefView, type KeywordGroup} from "./briefs.ts";
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
  /** Whether the other edition has this day too (then the pages link each other). */
  hasTwin: boolean;
}

export async function briefRoutes(lang: Lang): Promise<{params: {id: string}; props: BriefPageProps}[]> {
  const briefs = await allBriefs(lang);
  return Promise.all(
    briefs.map(async (brief, i) => ({
      params: {id: brief.id},
      // Newest first: the next (later) day is at i − 1, the previous (earlier) day at i + 1.
      props: {brief, newer: briefs[i - 1] ?? null, older: briefs[i + 1] ?? null, hasTwin: (await briefOf(brief.id, otherLang(lang))) !== null},
    })),
  );
}

export async function briefDataRoutes(lang: Lang): Promise<{params: {id: string}; props: {brief: BriefView; charts: ChartDef[]; hasTwin: boolean}}[]> {
  return Promise.all(
    (await allBriefs(lang)).map(async (brief) => ({
      params: {id: brief.id},
      props: {brief, charts: await chartsOf(brief.id, lang), hasTwin: (await briefOf(brief.id, otherLang(lang))) !== null},
    })),
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
