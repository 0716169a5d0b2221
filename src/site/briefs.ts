import {getCollection, getEntry, type CollectionEntry} from "astro:content";
import type {Lang} from "./lang.ts";
import {keywordInitial, keywordSlug as slugOf, keywordSortKey} from "./keywordSlug.ts";
import {keywordTheme} from "../compose/keywords.ts";
import {parseBriefId} from "./briefId.ts";

/** The slug of a keyword's page: one per theme, so "Solid-State Battery" and "solid-state batteries" share /keywords/solid-state-battery/. */
export const keywordSlug = (keyword: string): string => slugOf(keywordTheme(keyword));
export {dayLabel, monthLabel, shanghaiLabel} from "./dateLabels.ts";

/** A brief's front matter (every brief of the archive, in every build). */
export type BriefEntry = CollectionEntry<"briefIndex"> | CollectionEntry<"briefIndexZh">;
/** A brief's compiled MDX (only in the build that renders it). */
export type BriefContentEntry = CollectionEntry<"briefs"> | CollectionEntry<"briefsZh">;
export type CommentaryEntry = CollectionEntry<"commentary"> | CollectionEntry<"commentaryZh">;

/** Each edition's collections: English briefs and commentary, and the Chinese ones (content/briefs/zh/, DATE.zh.mdx). */
const COLLECTIONS = {
  en: {index: "briefIndex", briefs: "briefs", commentary: "commentary"},
  "zh-CN": {index: "briefIndexZh", briefs: "briefsZh", commentary: "commentaryZh"},
} as const;

/** A brief as pages show it: the generated front matter with the editor's overrides applied. */
export interface BriefView {
  /** "2025-06-24" for the close, "2025-06-25/midday" for a midday brief: also its path under /briefs/. */
  id: string;
  lang: Lang;
  entry: BriefEntry;
  commentary: CommentaryEntry | null;
  date: string;
  session: "close" | "midday";
  title: string;
  dek: string;
  keywords: string[];
  /** When the snapshot was taken: 15:00 (close) or 11:30 (midday break), Asia/Shanghai. */
  published: Date;
  /** The editor's stated update time, else the publication time. */
  updated: Date;
}

/** Shanghai is UTC+8 all year (no daylight saving), so a fixed offset is exact. */
export function shanghaiTime(date: string, time: string): Date {
  return new Date(`${date}T${time}:00+08:00`);
}

export function applyCommentary(entry: BriefEntry, commentary: CommentaryEntry | null, lang: Lang = "en"): BriefView {
  const c = commentary?.data;
  const keywords = [...(c?.keywords ?? entry.data.keywords), ...(c?.addKeywords ?? [])];
  const published = shanghaiTime(entry.data.date, entry.data.session === "midday" ? "11:30" : "15:00");
  return {
    id: entry.id,
    lang,
    entry,
    commentary,
    date: entry.data.date,
    session: entry.data.session,
    title: c?.title ?? entry.data.title,
    dek: c?.dek ?? entry.data.dek,
    // One keyword per theme: an editor's "solid-state batteries" beside the generated "Solid-State Battery" is the same keyword.
    keywords: keywords.filter((k, i) => keywords.findIndex((o) => keywordTheme(o) === keywordTheme(k)) === i),
    published,
    updated: c?.updated ? new Date(c.updated) : published,
  };
}

const commentaryByDate = new Map<Lang, Promise<Map<string, CommentaryEntry>>>();

/** The editor's commentary for a brief (by id) in an edition, or null (without the content layer's "not found" warning). */
export async function commentaryFor(id: string, lang: Lang = "en"): Promise<CommentaryEntry | null> {
  let byDate = commentaryByDate.get(lang);
  if (!byDate) {
    byDate = getCollection(COLLECTIONS[lang].commentary).then((entries) => new Map(entries.map((c) => [c.id, c as CommentaryEntry])));
    commentaryByDate.set(lang, byDate);
  }
  return (await byDate).get(id) ?? null;
}

const all = new Map<Lang, Promise<BriefView[]>>();

/** Every brief of an edition, newest first (a date's close before its midday brief). */
export function allBriefs(lang: Lang = "en"): Promise<BriefView[]> {
  let views = all.get(lang);
  if (!views) {
    views = (async () => {
      const briefs = (await getCollection(COLLECTIONS[lang].index)) as BriefEntry[];
      const out = await Promise.all(briefs.map(async (b) => applyCommentary(b, await commentaryFor(b.id, lang), lang)));
      return out.sort((a, b) => +b.published - +a.published || b.id.localeCompare(a.id));
    })();
    all.set(lang, views);
  }
  return views;
}

/**
 * A brief's compiled MDX, to render. Only the build of the brief's site part has it
 * (site/sitePart.ts): asking another part for it is a bug in the part's routes, said as such.
 */
export async function briefContent(brief: BriefView): Promise<BriefContentEntry> {
  const entry = (await getEntry(COLLECTIONS[brief.lang].briefs, brief.id)) as BriefContentEntry | undefined;
  if (!entry) throw new Error(`the ${brief.lang} brief ${brief.id} is not compiled in this build (its site part renders it)`);
  return entry;
}

/** The brief of a day in an edition, or null when that edition has none. */
export async function briefOf(id: string, lang: Lang): Promise<BriefView | null> {
  return (await allBriefs(lang)).find((b) => b.id === id) ?? null;
}

/** The other session's brief of the same date in the same edition (the close for a midday brief, and back), or null. */
export async function sessionTwinOf(brief: BriefView): Promise<BriefView | null> {
  const {date, session} = parseBriefId(brief.id);
  return (await allBriefs(brief.lang)).find((b) => b.date === date && parseBriefId(b.id).session !== session) ?? null;
}

export interface KeywordGroup {
  /** From the theme (keywordTheme), not the spelling, so a page keeps its address whichever spelling wins. */
  slug: string;
  /** The theme's spelling used by the most briefs (the newest of them on a tie). */
  label: string;
  /** Where the keyword files in the index: its first Latin letter, or its first character's pinyin initial; "#" otherwise. */
  initial: string;
  briefs: BriefView[];
}

/** Keywords of an edition with their briefs (newest first), sorted A–Z by label (Chinese by pinyin). */
export async function keywordGroups(lang: Lang = "en"): Promise<KeywordGroup[]> {
  const groups = new Map<string, KeywordGroup>();
  const spellings = new Map<string, Map<string, number>>();
  for (const brief of await allBriefs(lang)) {
    for (const k of brief.keywords) {
      const slug = keywordSlug(k);
      const group = groups.get(slug) ?? {slug, label: k, initial: "", briefs: []};
      if (!group.briefs.includes(brief)) group.briefs.push(brief);
      groups.set(slug, group);
      const counts = spellings.get(slug) ?? new Map<string, number>();
      counts.set(k, (counts.get(k) ?? 0) + 1);
      spellings.set(slug, counts);
    }
  }
  for (const group of groups.values()) {
    // Briefs come newest first, so on a tie the first spelling met (the newest) stays.
    let best = 0;
    for (const [spelling, n] of spellings.get(group.slug) ?? []) {
      if (n > best) [best, group.label] = [n, spelling];
    }
    group.initial = keywordInitial(group.label);
  }
  const list = [...groups.values()];
  if (lang === "en") return list.sort((a, b) => a.label.localeCompare(b.label, "en") || a.slug.localeCompare(b.slug));
  const keys = new Map(list.map((g) => [g, keywordSortKey(g.label)]));
  return list.sort((a, b) => (keys.get(a) as string).localeCompare(keys.get(b) as string, "en") || a.label.localeCompare(b.label, "zh-CN") || a.slug.localeCompare(b.slug));
}

