/**
 * Parsers for single CSV fields. Each takes the field's text and its column name and returns
 * the value, or a message saying what was found and what was expected. A value may come with
 * a warning: the field was usable only after a change the operator should hear about.
 */
export type FieldResult<T> = {ok: true; value: T; warning?: string} | {ok: false; message: string};
export type FieldParser<T> = (text: string, name: string) => FieldResult<T>;

const ok = <T>(value: T): FieldResult<T> => ({ok: true, value});
const bad = (message: string): FieldResult<never> => ({ok: false, message});

const DECIMAL = /^(\d+)(?:\.(\d+))?$/;

/** A long value cut for a message. */
const abbreviated = (text: string) => (text.length > 24 ? `${text.slice(0, 20)}…` : text);

/**
 * A decimal of at most `maxDecimals` places (more are accepted when they are only trailing
 * zeros, as some exports pad), as whole part and padded fraction digits.
 */
function decimal(
  text: string,
  name: string,
  maxDecimals: number,
  noun: string,
  expected: string,
): FieldResult<[string, string]> {
  const m = DECIMAL.exec(text);
  if (!m) {
    if (/^-\d+(\.\d+)?$/.test(text)) return bad(`${name} "${text}" is negative: expected ${expected}`);
    return bad(text === "" ? `${name} is empty: expected ${expected}` : `${name} "${text}" is not ${noun}`);
  }
  const whole = m[1] ?? "";
  // Past 15 digits a number is no longer held exactly (and 400 nines are Infinity).
  if (whole.length > 15 && whole.replace(/^0+/, "").length > 15) return bad(`${name} "${abbreviated(text)}" is too large: expected ${expected}`);
  const digits = m[2] ?? "";
  const fraction = digits.endsWith("0") ? digits.replace(/0+$/, "") : digits;
  if (fraction.length > maxDecimals) {
    if (maxDecimals === 0) return bad(`${name} "${text}" is not ${noun}`);
    return bad(`${name} "${text}" has more than ${maxDecimals} decimals: expected ${noun} with at most ${maxDecimals}`);
  }
  return ok([whole, Number.isFinite(maxDecimals) ? fraction.padEnd(maxDecimals, "0") : fraction]);
}

/** A stock price in CNY with at most 2 decimals, as integer fen; must be above 0. */
export const priceFen: FieldParser<number> = (text, name) => {
  const d = decimal(text, name, 2, "a price", "a price above 0");
  if (!d.ok) return d;
  // Built from the digits, never through a float: "1.15" is exactly 115 fen.
  const fen = Number(d.value[0]) * 100 + Number(d.value[1]);
  if (!Number.isSafeInteger(fen)) return bad(`${name} "${abbreviated(text)}" is too large: expected a price`);
  return fen > 0 ? ok(fen) : bad(`${name} "${text}" is zero: expected a price above 0`);
};


/** An index level in points, at most 3 decimals, above 0. */
export const level: FieldParser<number> = (text, name) => {
  const d = decimal(text, name, 3, "an index level", "an index level above 0");
  if (!d.ok) return d;
  const value = Number(text);
  return value > 0 ? ok(value) : bad(`${name} "${text}" is zero: expected an index level above 0`);
};

/** A whole number of 0 or more (shares). */
export const count: FieldParser<number> = (text, name) => {
  const d = decimal(text, name, 0, "a whole number", "a whole number of 0 or more");
  return d.ok ? ok(Number(d.value[0])) : d;
};

/** A non-negative amount of money in yuan, any number of decimals. */
export const yuan: FieldParser<number> = (text, name) => {
  const d = decimal(text, name, Infinity, "an amount in yuan", "an amount in yuan of 0 or more");
  return d.ok ? ok(Number(text)) : d;
};

/** `1` or `0`. */
export const flag: FieldParser<boolean> = (text, name) =>
  text === "1" || text === "0" ? ok(text === "1") : bad(`${name} "${text}" is not a flag: expected 1 or 0`);

/** A real calendar date written YYYY-MM-DD. */
export const isoDate: FieldParser<string> = (text, name) =>
  isIsoDate(text) ? ok(text) : bad(`${name} "${text}" is not a date: expected YYYY-MM-DD`);

// Checked dates, remembered: a long history file repeats each date hundreds of times.
const knownDates = new Set<string>();

export function isIsoDate(text: string): boolean {
  if (knownDates.has(text)) return true;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  const valid = t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
  if (valid) knownDates.add(text);
  return valid;
}

/** Any text but the empty string. */
export const nonEmpty: FieldParser<string> = (text, name) =>
  text === "" ? bad(`${name} is empty: expected a value`) : ok(text);

/** The longest name kept, in characters: longer ones are cut (a real short name is under 20). */
export const MAX_NAME_LENGTH = 64;

// Characters that never belong in a name and break what is built from it: C0 and C1 controls
// and DEL (invalid in the RSS feed's XML 1.0, or invisible), the line and paragraph separators
// (line breaks to JavaScript and to MDX), and the bidi embeddings, overrides, isolates and
// marks (they reorder the text around the name on the page).
const CONTROL_CHARS = "\\u0000-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069";
const HAS_CONTROL = new RegExp(`[${CONTROL_CHARS}]`);
const CONTROL = new RegExp(`[${CONTROL_CHARS}]`, "gu");
// Those of them that separate words: a space, not nothing, so that "A\tB" stays two words.
const SEPARATOR = /[\t\n\v\f\r\u001c-\u001f\u0085\u2028\u2029]/g;
const SPACE_RUN = /\s{2,}/g;
const HAS_SPACE_RUN = /\s{2,}/;

/** A name for a message: controls written as \u{…}, so the warning itself cannot carry them. */
const shownName = (text: string) => {
  const chars = Array.from(text);
  const cut = chars.length > 40 ? `${chars.slice(0, 36).join("")}…` : text;
  return `"${cut.replace(CONTROL, (c) => `\\u{${(c.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, "0")}}`)}"`;
};

/**
 * A stock's or index's name as shown on the site, never blocking a day over one odd row: control
 * characters (above) are removed, runs of whitespace collapse to one space, and a name longer than
 * MAX_NAME_LENGTH characters is cut, each with a warning that says what was read. Empty, or
 * nothing left after the cleaning, is an error.
 */
export const displayName: FieldParser<string> = (text, name) => {
  if (text === "") return bad(`${name} is empty: expected a value`);
  let value = text;
  const changes: string[] = [];
  if (HAS_CONTROL.test(value)) {
    const found = [...new Set(value.match(CONTROL))].map((c) => `U+${(c.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, "0")}`);
    changes.push(`holds control characters (${found.join(", ")}), removed`);
    value = value.replace(SEPARATOR, " ").replace(CONTROL, "");
  }
  if (HAS_SPACE_RUN.test(value) || value.trim() !== value) {
    if (changes.length === 0) changes.push("holds runs of spaces, collapsed");
    value = value.replace(SPACE_RUN, " ").trim();
  }
  if (value === "") return bad(`${name} ${shownName(text)} holds only control characters and spaces: expected a name`);
  const chars = Array.from(value);
  if (chars.length > MAX_NAME_LENGTH) {
    changes.push(`is ${chars.length} characters long, cut to ${MAX_NAME_LENGTH}`);
    value = chars.slice(0, MAX_NAME_LENGTH).join("").trimEnd();
  }
  if (changes.length === 0) return ok(value);
  return {ok: true, value, warning: `${name} ${shownName(text)} ${changes.join(" and ")}: read as "${value}"`};
};

/** One of a fixed set of words. */
export const oneOf =
  <T extends string>(values: readonly T[]): FieldParser<T> =>
  (text, name) =>
    (values as readonly string[]).includes(text)
      ? ok(text as T)
      : bad(`${name} "${text}" is not one of ${values.join(", ")}`);

/** The empty field as null, anything else through `parser`. */
export const orEmpty =
  <T>(parser: FieldParser<T>): FieldParser<T | null> =>
  (text, name) =>
    text === "" ? ok(null) : parser(text, name);

/** Index codes as vendors write them: digits or letters, a dot, an exchange or vendor suffix. */
const INDEX_CODE = /^[0-9A-Za-z]+\.[A-Z]{2,4}$/;

export const indexCode: FieldParser<string> = (text, name) =>
  INDEX_CODE.test(text)
    ? ok(text)
    : bad(`${name} "${text}" is not an index code: expected digits and a suffix, like 000001.SH or 886032.TI`);
