import type {Lang} from "./lang.ts";

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
