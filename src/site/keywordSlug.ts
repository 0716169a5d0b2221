import {createHash} from "node:crypto";
import {pinyin} from "pinyin-pro";

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

/** The letter a keyword files under: "Chips" → "C", "固态电池" → "G" (gù), "5G" → "#". */
export function keywordInitial(label: string): string {
  const first = label.trim().charAt(0);
  if (/\p{Script=Han}/u.test(first)) return pinyin(first, {pattern: "first", toneType: "none"}).toUpperCase();
  const c = first.toUpperCase();
  return /[A-Z]/.test(c) ? c : "#";
}

/** How keywords sort: Latin A–Z, Chinese by pinyin (as Chinese indexes do), the label itself breaking ties. */
export const keywordSortKey = (label: string) => pinyin(label, {toneType: "none", nonZh: "consecutive"}).toLowerCase();

