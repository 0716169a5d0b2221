import type {Lang} from "./lang.ts";
import {longDate} from "../compose/format.ts";
import {date as zhDate} from "../compose/zh/format.ts";

/**
 * The site's dates, one format per language, the same as the briefs' prose: "June 24, 2025" and
 * "2025年6月24日" (the compose stage's formats, so a page and its article never disagree).
 */

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2025-06-24" → "June 24, 2025" (English), "2025年6月24日" (Chinese). */
export function dayLabel(iso: string, lang: Lang = "en"): string {
  return lang === "en" ? longDate(iso) : zhDate(iso);
}

/** "2025-06" → "June 2025" (English), "2025年6月" (Chinese). */
export function monthLabel(month: string, lang: Lang = "en"): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return lang === "en" ? `${MONTHS[m - 1]} ${y}` : `${y}年${m}月`;
}

/**
 * "June 24, 2025, 15:00 Beijing time" / "2025年6月24日 15:00（北京时间）": shifted by the fixed
 * +8 hours (Shanghai keeps no daylight saving), the day as dayLabel prints it.
 */
export function shanghaiLabel(d: Date, lang: Lang = "en"): string {
  const s = new Date(d.getTime() + 8 * 3600 * 1000);
  const pad = (n: number) => String(n).padStart(2, "0");
  const iso = s.toISOString().slice(0, 10);
  const time = `${pad(s.getUTCHours())}:${pad(s.getUTCMinutes())}`;
  return lang === "en" ? `${dayLabel(iso, lang)}, ${time} Beijing time` : `${dayLabel(iso, lang)} ${time}（北京时间）`;
}
