import {describe, expect, it} from "vitest";
import {count, displayName, isIsoDate, level, MAX_NAME_LENGTH, priceFen, yuan} from "../../src/snapshot/fields.ts";
import {issueLog} from "../../src/snapshot/issueLog.ts";

const result = <T>(r: {ok: true; value: T} | {ok: false; message: string}) => (r.ok ? r.value : r.message);

describe("priceFen(text, name)", () => {
  it.each([
    ["13.40", 1340],
    ["1.15", 115], // from the digits: never 1.15 * 100 = 114.99999999999999
    ["12.300", 1230], // trailing zeros past the fen are harmless
    ["12.3x", `close "12.3x" is not a price`],
    ["-1.00", `close "-1.00" is negative: expected a price above 0`],
    ["0.00", `close "0.00" is zero: expected a price above 0`],
    ["12.345", `close "12.345" has more than 2 decimals: expected a price with at most 2`],
    ["", "close is empty: expected a price above 0"],
    ["1e3", `close "1e3" is not a price`],
  ])("reads %j as %j", (text, expected) => {
    expect(result(priceFen(text, "close"))).toBe(expected);
  });

  it("rejects a number too large to hold exactly (found by fuzzing: 400 nines became Infinity)", () => {
    expect(result(priceFen("9".repeat(400), "prev_close"))).toBe(`prev_close "99999999999999999999…" is too large: expected a price above 0`);
    // 14 digits of yuan pass the digit check but are 10^16 fen, past 2^53.
    expect(result(priceFen("99999999999999.99", "prev_close"))).toBe(`prev_close "99999999999999.99" is too large: expected a price`);
  });
});

describe("the other field parsers", () => {
  it("read levels, counts and amounts, and reject overflow", () => {
    expect(result(level("3420.570", "close"))).toBe(3420.57);
    expect(result(level("3420.5701", "close"))).toBe(`close "3420.5701" has more than 3 decimals: expected an index level with at most 3`);
    expect(result(count("100", "volume"))).toBe(100);
    expect(result(count("1" + "0".repeat(309), "volume"))).toBe(`volume "10000000000000000000…" is too large: expected a whole number of 0 or more`);
    expect(result(yuan("781234567.50", "amount"))).toBe(781234567.5);
  });

  it("know real dates", () => {
    expect([isIsoDate("2024-02-29"), isIsoDate("2025-02-29"), isIsoDate("2025-6-24")]).toEqual([true, false, false]);
  });
});

describe("issueLog(file)", () => {
  it("keeps each message on one line (found by fuzzing: a quoted line break split an issue)", () => {
    const log = issueLog("f.csv");
    log.error(2, 3, 'name "a\nb" is odd');
    expect(log.errors()[0]?.message).toBe('name "a\\nb" is odd');
  });
});

describe("displayName(text, name)", () => {
  const read = (text: string) => {
    const r = displayName(text, "name");
    return r.ok ? {value: r.value, warning: r.warning} : {error: r.message};
  };

  it("keeps an ordinary name as it is, with no warning", () => {
    expect(read("*ST科新")).toEqual({value: "*ST科新", warning: undefined});
    expect(read("万科Ａ")).toEqual({value: "万科Ａ", warning: undefined});
    expect(read("Ping An Bank")).toEqual({value: "Ping An Bank", warning: undefined});
  });

  // Regression: a control character in a name passed `npm run brief`, then broke the site
  // build and the RSS feed's XML (U+0007 is not allowed in XML 1.0).
  it.each([
    ["浦发\u0007银行", "浦发银行", "U+0007"],
    ["浦发\u0085银行", "浦发 银行", "U+0085"], // C1 NEL separates words
    ["浦发\u009b银行", "浦发银行", "U+009B"],
    ["浦发\u007f银行", "浦发银行", "U+007F"],
    ["浦发\u2028银行", "浦发 银行", "U+2028"],
    ["浦发\u2029银行", "浦发 银行", "U+2029"],
    ["\u202e行银发浦", "行银发浦", "U+202E"],
    ["\u202a浦发银行\u202c", "浦发银行", "U+202A, U+202C"],
    ["\u2066浦发银行\u2069", "浦发银行", "U+2066, U+2069"],
    ["Ping\tAn\nBank", "Ping An Bank", "U+0009, U+000A"],
  ])("removes the control characters of %j, with a warning", (text, value, codes) => {
    const r = read(text);
    expect(r.value).toBe(value);
    expect(r.warning).toContain(`holds control characters (${codes}), removed`);
    expect(r.warning).toContain(`read as "${value}"`);
    // The warning is printed to a terminal: it names the characters, never carries them.
    expect(r.warning).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
  });

  it("shows the removed characters escaped in the warning", () => {
    expect(read("浦发\u0007银行").warning).toBe('name "浦发\\u{0007}银行" holds control characters (U+0007), removed: read as "浦发银行"');
  });

  it("collapses runs of spaces", () => {
    expect(read("Ping  An   Bank")).toEqual({value: "Ping An Bank", warning: 'name "Ping  An   Bank" holds runs of spaces, collapsed: read as "Ping An Bank"'});
  });

  it(`cuts a name longer than ${MAX_NAME_LENGTH} characters, counting characters, not UTF-16 units`, () => {
    // 70 × "銀" → the first 64; 70 × "𠀀" (two UTF-16 units each) → 64 whole characters, none split.
    const r = read("銀".repeat(70));
    expect(r.value).toBe("銀".repeat(64));
    expect(r.warning).toContain("is 70 characters long, cut to 64");
    expect(read("𠀀".repeat(70)).value).toBe("𠀀".repeat(64));
    expect(read("銀".repeat(64)).warning).toBeUndefined();
  });

  it("refuses an empty name, and one that is nothing but control characters", () => {
    expect(read("")).toEqual({error: "name is empty: expected a value"});
    expect(read("\u0007\u202e")).toEqual({error: 'name "\\u{0007}\\u{202E}" holds only control characters and spaces: expected a name'});
  });
});
