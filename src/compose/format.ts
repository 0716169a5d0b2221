/**
 * Number formatting for prose, tables and charts. Our own functions, not Intl or
 * toLocaleString: the output must not depend on the machine's locale.
 */

/** 1234567 → "1,234,567"; digits is the number of decimals (rounded half away from zero). */
export function grouped(value: number, digits = 0): string {
  const fixed = roundTo(Math.abs(value), digits).toFixed(digits);
  const [whole = "0", fraction] = fixed.split(".");
  const withCommas = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const sign = value < 0 && Number(fixed) !== 0 ? "-" : "";
  return sign + withCommas + (fraction === undefined ? "" : `.${fraction}`);
}

/** Rounds half away from zero at `digits` decimals, correcting binary noise (1.005 → 1.01). */
function roundTo(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(Number((value * scale).toPrecision(12))) / scale;
}

/** A fraction as a percent with two decimals: 0.0445 → "4.45%"; signed adds "+" to gains. */
export function percent(fraction: number, options: {signed?: boolean} = {}): string {
  const text = `${grouped(fraction * 100, 2)}%`;
  return options.signed && !text.startsWith("-") && text !== "0.00%" ? `+${text}` : text;
}

/** A fraction as a percent without sign, for "rose 4.45%" / "fell 4.45%". */
export const percentAbs = (fraction: number): string => percent(Math.abs(fraction));

/** Index level in points: 1009.808 → "1,009.81". */
export const points = (value: number): string => grouped(value, 2);

/** A price in fen as yuan: 1887 → "18.87". */
export function yuan(fen: number): string {
  const whole = Math.trunc(fen / 100);
  const cents = Math.abs(fen % 100).toString().padStart(2, "0");
  return `${fen < 0 && whole === 0 ? "-" : ""}${grouped(whole)}.${cents}`;
}

/**
 * An amount of yuan as an English market desk writes it: trillions from a trillion up, else
 * billions, else millions: 2_214_612_000_000 → "CNY 2.21 trillion", 845_300_000_000 →
 * "CNY 845.3 billion", 12_500_000 → "CNY 12.5 million". Negative amounts keep their sign.
 */
export function yuanAmount(amountYuan: number): string {
  const abs = Math.abs(amountYuan);
  const [scale, unit, digits] = abs >= 1e12 ? [1e12, "trillion", 2] : abs >= 1e9 ? [1e9, "billion", 1] : [1e6, "million", 1];
  return `CNY ${grouped(amountYuan / scale, digits)} ${unit}`;
}

/** 5 → "five" up to ten, then digits with separators, as style guides write counts in prose. */
export function count(n: number): string {
  const words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
  return Number.isInteger(n) && n >= 0 && n <= 10 ? (words[n] as string) : grouped(n);
}

/** A count opening a sentence: "Four", "A total of 83" (a sentence never starts with digits). */
export function countAtStart(n: number): string {
  const s = count(n);
  return /^\d/.test(s) ? `A total of ${s}` : s.charAt(0).toUpperCase() + s.slice(1);
}

/** A round index level: 1000 → "1,000", 3500.5 → "3,500.50". */
export const level = (value: number): string => (Number.isInteger(value) ? grouped(value) : points(value));

/** 1 → "1st", 4 → "4th", 22 → "22nd". */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}

/** "2025-06-24" → "June 24, 2025"; month-day only with `short`. */
export function longDate(iso: string, options: {short?: boolean} = {}): string {
  const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const md = `${months[m - 1]} ${d}`;
  return options.short ? md : `${md}, ${y}`;
}

/** "a, b and c" */
export function listing(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** The word that agrees with a count: agree(1, "stock") → "stock", agree(3, "stock") → "stocks", agree(2, "was", "were") → "were". */
export const agree = (n: number, one: string, many = `${one}s`): string => (n === 1 ? one : many);
