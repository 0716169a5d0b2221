import {getCollection, type CollectionEntry} from "astro:content";
import type {Lang} from "./lang.ts";
import {keywordInitial, keywordSlug, keywordSortKey} from "./keywordSlug.ts";

export {keywordSlug} from "./keywordSlug.ts";
export {dayLabel, monthLabel, shanghaiLabel} from "./dateLabels.ts";

export type BriefEntry = CollectionEntry<"briefs"> | CollectionEntry<"briefsZh">;
export type CommentaryEntry = CollectionEntry<"commentary"> | CollectionEntry<"commentaryZh">;

/** Each edition's collections: English briefs and commentary, and the Chinese ones (content/briefs/zh/, DATE.zh.mdx). */
const COLLECTIONS = {
  en: {briefs: "briefs", commentary: "commentary"},
  "zh-CN": {briefs: "briefsZh", commentary: "commentaryZh"},
} as const;

/** A brief as pages show it: the generated front matter with the editor's overrides applied. */
export interface BriefView {
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
    keywords: keywords.filter((k, i) => keywords.findIndex((o) => o.toLowerCase() === k.toLowerCase()) === i),
    published,
    updated: c?.updated ? new Date(c.updated) : published,
  };
}

const commentaryByDate = new Map<Lang, Promise<Map<string, CommentaryEntry>>>();

/** The editor's commentary for a day in an edition, or null (without the content layer's "not found" warning). */
export async function commentaryFor(date: string, lang: Lang = "en"): Promise<CommentaryEntry | null> {
  let byDate = commentaryByDate.get(lang);
  if (!byDate) {
    byDate = getCollection(COLLECTIONS[lang].commentary).then((entries) => new Map(entries.map((c) => [c.id, c as CommentaryEntry])));
    commentaryByDate.set(lang, byDate);
  }
  return (await byDate).get(date) ?? null;
}

const all = new Map<Lang, Promise<BriefView[]>>();

/** Every brief of an edition, newest first. */
export function allBriefs(lang: Lang = "en"): Promise<BriefView[]> {
  let views = all.get(lang);
  if (!views) {
    views = (async () => {
      const briefs = (await getCollection(COLLECTIONS[lang].briefs)) as BriefEntry[];
      const out = await Promise.all(briefs.map(async (b) => applyCommentary(b, await commentaryFor(b.id, lang), lang)));
      return out.sort((a, b) => b.id.localeCompare(a.id));
    })();
    all.set(lang, views);
  }
  return views;
}

/** The brief of a day in an edition, or null when that edition has none. */
export async function briefOf(id: string, lang: Lang): Promise<BriefView | null> {
  return (await allBriefs(lang)).find((b) => b.id === id) ?? null;
}

export interface KeywordGroup {
  slug: string;
  /** The spelling used by the newest brief. */
  label: string;
  /** Where the keyword files in the index: its first Latin letter, or its first character's pinyin initial; "#" otherwise. */
  initial: string;
  briefs: BriefView[];
}

/** Keywords of an edition with their briefs (newest first), sorted A–Z by label (Chinese by pinyin). */
export async function keywordGroups(lang: Lang = "en"): Promise<KeywordGroup[]> {
  const groups = new Map<string, KeywordGroup>();
  for (const brief of await allBriefs(lang)) {
    for (const k of brief.keywords) {
      const slug = keywordSlug(k);
      const group = groups.get(slug) ?? {slug, label: k, initial: keywordInitial(k), briefs: []};
      if (!group.briefs.includes(brief)) group.briefs.push(brief);
      groups.set(slug, group);
    }
  }
  const list = [...groups.values()];
  if (lang === "en") return list.sort((a, b) => a.label.localeCompare(b.label, "en") || a.slug.localeCompare(b.slug));
  const keys = new Map(list.map((g) => [g, keywordSortKey(g.label)]));
  return list.sort((a, b) => (keys.get(a) as string).localeCompare(keys.get(b) as string, "en") || a.label.localeCompare(b.label, "zh-CN") || a.slug.localeCompare(b.slug));
}

