import {describe, expect, it} from "vitest";
import {count, isIsoDate, level, priceFen, yuan} from "../../src/snapshot/fields.ts";
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
