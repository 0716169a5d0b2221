import {describe, expect, it} from "vitest";
import {listingMarkIn, riskWarningIn} from "../../src/market/nameMarks.ts";

describe("riskWarningIn(name)", () => {
  it("reads the exchange's ST and *ST prefixes, also behind an ex-dividend mark", () => {
    expect(riskWarningIn("*ST金泰")).toBe("*ST");
    expect(riskWarningIn("ST华通")).toBe("ST");
    expect(riskWarningIn("S*ST前锋")).toBe("*ST");
    expect(riskWarningIn("XDST明诚")).toBe("ST");
    expect(riskWarningIn("ST Hengrui Materials")).toBe("ST");
  });

  it("finds none in ordinary names, nor in names that only contain the letters", () => {
    for (const name of ["浦发银行", "XD平安银", "C电科", "Stanley Tools", "TCL科技"]) expect(riskWarningIn(name), name).toBeNull();
  });
});

describe("listingMarkIn(name)", () => {
  it("reads N and C before a Chinese name", () => {
    expect(listingMarkIn("N屹唐")).toBe("N");
    expect(listingMarkIn("C电科")).toBe("C");
    expect(listingMarkIn("C屹唐")).toBe("C");
  });

  it("does not take a name's own first letter for a mark", () => {
    for (const name of ["Ningbo Port", "CITIC Securities", "C", "N", "TCL中环", "浦发银行", "GQY视讯"]) {
      expect(listingMarkIn(name), name).toBeNull();
    }
  });
});
