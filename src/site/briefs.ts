import {createHash} from "node:crypto";
import {getCollection, type CollectionEntry} from "astro:content";
import {pinyin} from "pinyin-pro";
import type {Lang} from "./lang.ts";

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

/** Slugs stay short enough for any file system and URL (40 code points ≤ 160 bytes of UTF-8). */
const MAX_SLUG = 40;

/**
 * "Solid-State Battery" → "solid-state-battery". Letters of every script are kept, so a Chinese
 * keyword keeps its characters ("固态电池" → "固态电池"; browsers show them and send them
 * percent-encoded): the slug depends on the keyword alone, never on a dictionary or a library
 * version as pinyin would (pinyin also merges homophones: 利好 and 理好 are both "li-hao").
 * A longer slug is cut and ends in a hash of the whole keyword, so it stays unique and stable.
 */
export function keywordSlug(keyword: string): string {
  const normal = keyword.normalize("NFKC").toLowerCase();
  const slug = normal.replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-+|-+$/g, "");
  const chars = [...slug];
  if (slug !== "" && chars.length <= MAX_SLUG) return slug;
  const hash = createHash("sha256").update(normal).digest("hex").slice(0, 8);
  if (slug === "") return `keyword-${hash}`;
  return `${chars.slice(0, MAX_SLUG - 9).join("").replace(/-+$/, "")}-${hash}`;
}

export interface KeywordGroup {
  slug: string;
  /** The spelling used by the newest brief. */
  label: string;
  /** Where the keyword files in the index: its first Latin letter, or its first character's pinyin initial; "#" otherwise. */
  initial: string;
  briefs: BriefView[];
}

/** The letter a keyword files under: "Chips" → "C", "固态电池" → "G" (gù), "5G" → "#". */
export function keywordInitial(label: string): string {
  const first = label.trim().charAt(0);
  if (/\p{Script=Han}/u.test(first)) return pinyin(first, {pattern: "first", toneType: "none"}).toUpperCase();
  const c = first.toUpperCase();
  return /[A-Z]/.test(c) ? c : "#";
}

/** How keywords sort: Latin A–Z, Chinese by pinyin (as Chinese indexes do), the label itself breaking ties. */
const sortKey = (label: string) => pinyin(label, {toneType: "none", nonZh: "consecutive"}).toLowerCase();

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
  const keys = new Map(list.map((g) => [g, sortKey(g.label)]));
  return list.sort((a, b) => (keys.get(a) as string).localeCompare(keys.get(b) as string, "en") || a.label.localeCompare(b.label, "zh-CN") || a.slug.localeCompare(b.slug));
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2025-06" → "June 2025" (English), "2025年6月" (Chinese). */
export function monthLabel(month: string, lang: Lang = "en"): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return lang === "en" ? `${MONTHS[m - 1]} ${y}` : `${y}年${m}月`;
}

/**
 * "24 June 2025, 15:00 Beijing time" / "2025年6月24日 15:00（北京时间）": shifted by the fixed
 * +8 hours, formatted by hand (no locale data, so every machine prints the same).
 */
export function shanghaiLabel(d: Date, lang: Lang = "en"): string {
  const s = new Date(d.getTime() + 8 * 3600 * 1000);
  const pad = (n: number) => String(n).padStart(2, "0");
  const [y, m, day] = [s.getUTCFullYear(), s.getUTCMonth() + 1, s.getUTCDate()];
  const time = `${pad(s.getUTCHours())}:${pad(s.getUTCMinutes())}`;
  return lang === "en" ? `${day} ${MONTHS[m - 1]} ${y}, ${time} Beijing time` : `${y}年${m}月${day}日 ${time}（北京时间）`;
}
