/**
 * Numbers, amounts and dates for the Chinese edition, through Intl with the explicit "zh-CN"
 * locale (never the machine's). Chinese wraps write counts and index levels without thousands
 * separators (3923只, 3384.49点) and quote money in 亿元 / 万亿元 with two decimals.
 */

const LOCALE = "zh-CN";

/** Rounds half away from zero at `digits` decimals, correcting binary noise (1.005 → 1.01), as the English edition does. */
function roundTo(value: number, digits: number): number {
  const scale = 10 ** digits;
  return (Math.sign(value) * Math.round(Number((Math.abs(value) * scale).toPrecision(12)))) / scale;
}

// One formatter per (digits, grouping): making an Intl.NumberFormat costs ~100× a format call.
const formats = new Map<string, Intl.NumberFormat>();
function formatter(digits: number, grouping: boolean): Intl.NumberFormat {
  const key = `${digits}:${grouping}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE, {minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: grouping});
    formats.set(key, f);
  }
  return f;
}

/** A number with `digits` decimals; `grouping` adds thousands separators. Never "-0.00". */
export function num(value: number, digits = 0, grouping = false): string {
  const rounded = roundTo(value, digits);
  return formatter(digits, grouping).format(rounded === 0 ? 0 : rounded);
}

/** A fraction as a percent with two decimals: 0.0131 → "1.31%", −0.0052 → "-0.52%". */
export const pct = (fraction: number): string => `${num(fraction * 100, 2)}%`;

/** A fraction as an unsigned percent, for prose where 涨/跌 carries the sign. */
export const pctAbs = (fraction: number): string => pct(Math.abs(fraction));

/** A signed percent for tables: "+4.45%", "-0.67%", "0.00%". */
export function pctSigned(fraction: number): string {
  const text = pct(fraction);
  return text.startsWith("-") || text === "0.00%" ? text : `+${text}`;
}

/** "涨1.31%" / "跌0.52%" / "持平". */
export function upDown(fraction: number): string {
  const text = pctAbs(fraction);
  if (text === "0.00%") return "持平";
  return `${fraction > 0 ? "涨" : "跌"}${text}`;
}

/** An index level in points with two decimals: 3384.488 → "3384.49". */
export const points = (value: number): string => num(value, 2);

/** A round level: 1000 → "1000", 3500.5 → "3500.50". */
export const level = (value: number): string => (Number.isInteger(value) ? num(value) : points(value));

/** A price in fen as yuan: 1394 → "13.94". */
export const yuan = (fen: number): string => num(fen / 100, 2);

/** Stock counts: 3923 → "3923只"; limit-up counts: 112 → "112家". */
export const zhi = (n: number): string => `${num(n)}只`;
export const jia = (n: number): string => `${num(n)}家`;

/**
 * Turnover as Chinese desks quote it: 1万亿元 and up in 万亿元, else 亿元 with separators, two
 * decimals: 2,214,612,183,064 → "2.21万亿元"; 219,600,000,000 → "2,196.00亿元".
 */
export function amount(yuanAmount: number): string {
  const yi = roundTo(yuanAmount / 1e8, 2);
  if (yi >= 10_000) return `${num(yuanAmount / 1e12, 2)}万亿元`;
  return `${num(yi, 2, true)}亿元`;
}

function utcDate(iso: string): Date {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/** "2025-06-24" → "2025年6月24日"; "6月24日" with `short`. */
export function date(iso: string, options: {short?: boolean} = {}): string {
  return (options.short ? MONTH_DAY : FULL_DATE).format(utcDate(iso));
}

// One formatter each: making one costs ~0.1 ms, and a backfill or a site build formats dates by the tens of thousands.
const FULL_DATE = new Intl.DateTimeFormat(LOCALE, {year: "numeric", month: "long", day: "numeric", timeZone: "UTC"});
const MONTH_DAY = new Intl.DateTimeFormat(LOCALE, {month: "long", day: "numeric", timeZone: "UTC"});

/** Years as said before 来 / 前: 1 → "一", 2 → "两" (两年, never 二年), more in digits. */
export const years = (n: number): string => (n === 1 ? "一" : n === 2 ? "两" : num(n));

/** A Chinese enumeration: "A、B、C". */
export const enumerate = (items: readonly string[]): string => items.join("、");
