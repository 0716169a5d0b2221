import {isIsoDate, type FieldParser, type FieldResult} from "../snapshot/fields.ts";

/**
 * Field parsers for vendor exports, which differ from our format: compact dates, volume in
 * lots, money in thousands, and prices that may carry float noise ("13.399999999").
 */
const ok = <T>(value: T): FieldResult<T> => ({ok: true, value});
const bad = (message: string): FieldResult<never> => ({ok: false, message});

const DECIMAL = /^(\d+)(?:\.(\d+))?$/;

/** A non-negative decimal times 10^places, exactly (string arithmetic, no float), rounded half up to a whole number. */
function scaledInteger(text: string, places: number): number | null {
  const m = DECIMAL.exec(text);
  if (!m) return null;
  const fraction = (m[2] ?? "").padEnd(places + 1, "0");
  const whole = Number(`${m[1]}${fraction.slice(0, places)}`) + (Number(fraction[places]) >= 5 ? 1 : 0);
  // Too large to hold exactly: not a number we can use.
  return Number.isSafeInteger(whole) ? whole : null;
}

const notNumber = (text: string, name: string, noun: string) =>
  text.startsWith("-") ? bad(`${name} "${text}" is negative: expected ${noun}`) : bad(`${name} "${text}" is not ${noun}`);

/** A price in yuan → integer fen, rounded half up (vendor floats may carry noise past the fen). */
export const vendorPriceFen: FieldParser<number> = (text, name) => {
  const fen = scaledInteger(text, 2);
  if (fen === null) return notNumber(text, name, "a price");
  return fen > 0 ? ok(fen) : bad(`${name} "${text}" is zero: expected a price above 0`);
};

/** Volume in lots of 100 shares → shares. */
export const lotsToShares: FieldParser<number> = (text, name) => {
  const shares = scaledInteger(text, 2);
  return shares === null ? notNumber(text, name, "a volume in lots") : ok(shares);
};

/** An amount in thousands of yuan → yuan, to the fen (shifting the decimal point, not multiplying floats). */
export const thousandsToYuan: FieldParser<number> = (text, name) => {
  const fen = scaledInteger(text, 5);
  return fen === null ? notNumber(text, name, "an amount in thousand yuan") : ok(fen / 100);
};

/** An amount in yuan, to the fen. */
export const vendorYuan: FieldParser<number> = (text, name) => {
  const fen = scaledInteger(text, 2);
  return fen === null ? notNumber(text, name, "an amount in yuan") : ok(fen / 100);
};

/** An index level, rounded to the 3 decimals our format keeps. */
export const vendorLevel: FieldParser<number> = (text, name) => {
  const thousandths = scaledInteger(text, 3);
  if (thousandths === null) return notNumber(text, name, "an index level");
  return thousandths > 0 ? ok(thousandths / 1000) : bad(`${name} "${text}" is zero: expected an index level above 0`);
};

/** YYYYMMDD → YYYY-MM-DD. */
export const compactDate: FieldParser<string> = (text, name) => {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  return m ? ok(`${m[1]}-${m[2]}-${m[3]}`) : bad(`${name} "${text}" is not a date: expected YYYYMMDD`);
};

/** A vendor's trade date column, which must be the day being imported. */
export const onDate =
  (date: string): FieldParser<string> =>
  (text, name) => {
    const parsed = compactDate(text, name);
    if (!parsed.ok || parsed.value === date) return parsed;
    return bad(`${name} "${text}" is not the import date: expected ${date.replaceAll("-", "")}`);
  };

/** A volume already in shares (Sina), whole; pandas writes "539060.0". */
export const vendorShares: FieldParser<number> = (text, name) => {
  const shares = scaledInteger(text, 0);
  return shares === null ? notNumber(text, name, "a volume in shares") : ok(shares);
};

const LISTING_DATE = /^(\d{4})-(\d{2})-(\d{2})(?: 00:00:00)?$|^(\d{4})(\d{2})(\d{2})$/;

/**
 * A listing date as the exchanges' listing exports come through pandas: YYYY-MM-DD, YYYYMMDD,
 * or a Timestamp at midnight ("2019-01-23 00:00:00") → YYYY-MM-DD, checked to be a real date.
 */
export const listingDate: FieldParser<string> = (text, name) => {
  const m = LISTING_DATE.exec(text);
  const iso = m ? `${m[1] ?? m[4]}-${m[2] ?? m[5]}-${m[3] ?? m[6]}` : "";
  if (m && isIsoDate(iso)) return ok(iso);
  return bad(`${name} "${text}" is not a date: expected YYYY-MM-DD, YYYYMMDD or YYYY-MM-DD 00:00:00`);
};
