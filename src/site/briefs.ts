import {getCollection, type CollectionEntry} from "astro:content";

export type BriefEntry = CollectionEntry<"briefs">;
export type CommentaryEntry = CollectionEntry<"commentary">;

/** A brief as pages show it: the generated front matter with the editor's overrides applied. */
export interface BriefView {
  id: string;
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

export function applyCommentary(entry: BriefEntry, commentary: CommentaryEntry | null): BriefView {
  const c = commentary?.data;
  const keywords = [...(c?.keywords ?? entry.data.keywords), ...(c?.addKeywords ?? [])];
  const published = shanghaiTime(entry.data.date, entry.data.session === "midday" ? "11:30" : "15:00");
  return {
    id: entry.id,
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

let commentaryByDate: Promise<Map<string, CommentaryEntry>> | null = null;

/** The editor's commentary for a day, or null (without the content layer's "not found" warning). */
export async function commentaryFor(date: string): Promise<CommentaryEntry | null> {
  commentaryByDate ??= getCollection("commentary").then((entries) => new Map(entries.map((c) => [c.id, c])));
  return (await commentaryByDate).get(date) ?? null;
}

let all: Promise<BriefView[]> | null = null;

/** Every brief, newest first. */
export function allBriefs(): Promise<BriefView[]> {
  all ??= (async () => {
    const briefs = await getCollection("briefs");
    const views = await Promise.all(briefs.map(async (b) => applyCommentary(b, await commentaryFor(b.id))));
    return views.sort((a, b) => b.id.localeCompare(a.id));
  })();
  return all;
}

/** "Solid-State Battery" → "solid-state-battery"; non-Latin names keep their letters. */
export function keywordSlug(keyword: string): string {
  const slug = keyword
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  return slug || "keyword";
}

export interface KeywordGroup {
  slug: string;
  /** The spelling used by the newest brief. */
  label: string;
  briefs: BriefView[];
}

/** Keywords with their briefs (newest first), sorted A–Z by label. */
export async function keywordGroups(): Promise<KeywordGroup[]> {
  const groups = new Map<string, KeywordGroup>();
  for (const brief of await allBriefs()) {
    for (const k of brief.keywords) {
      const slug = keywordSlug(k);
      const group = groups.get(slug) ?? {slug, label: k, briefs: []};
      if (!group.briefs.includes(brief)) group.briefs.push(brief);
      groups.set(slug, group);
    }
  }
  return [...groups.values()].sort((a, b) => a.label.localeCompare(b.label, "en") || a.slug.localeCompare(b.slug));
}

/** "2025-06" → "June 2025" */
export function monthLabel(month: string): string {
  const names = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
  const [y, m] = month.split("-").map(Number) as [number, number];
  return `${names[m - 1]} ${y}`;
}

/** "24 June 2025, 15:00 Beijing time": shifted by the fixed +8 hours, formatted by hand (no locale). */
export function shanghaiLabel(d: Date): string {
  const s = new Date(d.getTime() + 8 * 3600 * 1000);
  const pad = (n: number) => String(n).padStart(2, "0");
  const month = monthLabel(`${s.getUTCFullYear()}-${pad(s.getUTCMonth() + 1)}`).split(" ")[0];
  return `${s.getUTCDate()} ${month} ${s.getUTCFullYear()}, ${pad(s.getUTCHours())}:${pad(s.getUTCMinutes())} Beijing time`;
}
