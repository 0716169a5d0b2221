import {describe, expect, it} from "vitest";
import {compactDate, listingDate, lotsToShares, onDate, thousandsToYuan, vendorLevel, vendorPriceFen, vendorShares} from "../../src/import/vendorFields.ts";

const value = <T>(r: {ok: true; value: T} | {ok: false; message: string}) => (r.ok ? r.value : r.message);

describe("vendor field parsers", () => {
  it("round prices half up to the fen without float noise", () => {
    expect(value(vendorPriceFen("13.4", "close"))).toBe(1340);
    // 13.399999999 → 1339.9999999 fen → 1340
    expect(value(vendorPriceFen("13.399999999", "close"))).toBe(1340);
    // 1.005 in floats is 1.00499…; by the digits it is 100.5 fen → 101
    expect(value(vendorPriceFen("1.005", "close"))).toBe(101);
    expect(value(vendorPriceFen("-1", "close"))).toBe(`close "-1" is negative: expected a price`);
  });

  it("turn lots into shares and thousand yuan into yuan by moving the decimal point", () => {
    expect(value(lotsToShares("582341.0", "vol"))).toBe(58234100);
    // STAR stocks trade odd lots: 1234.56 lots = 123456 shares
    expect(value(lotsToShares("1234.56", "vol"))).toBe(123456);
    // 781234.5675 × 1000 = 781234567.5 (float multiplication gives 781234567.4999999)
    expect(value(thousandsToYuan("781234.5675", "amount"))).toBe(781234567.5);
  });

  it("keep index levels to 3 decimals", () => {
    expect(value(vendorLevel("3420.5699", "close"))).toBe(3420.57);
    expect(value(vendorLevel("3381.5797", "pre_close"))).toBe(3381.58);
  });

  it("read compact dates and hold them to the import date", () => {
    expect(value(compactDate("20250624", "list_date"))).toBe("2025-06-24");
    expect(value(compactDate("2025-06-24", "list_date"))).toBe(`list_date "2025-06-24" is not a date: expected YYYYMMDD`);
    expect(value(onDate("2025-06-24")("20250623", "trade_date"))).toBe(
      `trade_date "20250623" is not the import date: expected 20250624`,
    );
  });
});

describe("vendorShares and listingDate", () => {
  it("keep Sina's volume in shares as it is", () => {
    // Sina's 成交量 is shares already: 539060.0 is 539,060 shares, not 53,906,000
    expect(value(vendorShares("539060.0", "成交量"))).toBe(539060);
    expect(value(vendorShares("12x", "成交量"))).toBe(`成交量 "12x" is not a volume in shares`);
  });

  it("read listing dates in the three forms pandas writes, and refuse others", () => {
    expect(value(listingDate("2019-01-23", "上市日期"))).toBe("2019-01-23");
    expect(value(listingDate("20190123", "上市日期"))).toBe("2019-01-23");
    expect(value(listingDate("2019-01-23 00:00:00", "上市日期"))).toBe("2019-01-23");
    const expected = "expected YYYY-MM-DD, YYYYMMDD or YYYY-MM-DD 00:00:00";
    expect(value(listingDate("2019-02-30", "上市日期"))).toBe(`上市日期 "2019-02-30" is not a date: ${expected}`);
    expect(value(listingDate("2019-0123", "上市日期"))).toBe(`上市日期 "2019-0123" is not a date: ${expected}`);
    expect(value(listingDate("2019/01/23", "上市日期"))).toBe(`上市日期 "2019/01/23" is not a date: ${expected}`);
  });
});
