import {describe, expect, it} from "vitest";
import {boardOf} from "../../src/market/board.ts";

describe("boardOf(code)", () => {
  it("knows each board by exchange and code prefix", () => {
    expect(boardOf("600519.SH")).toBe("main");
    expect(boardOf("605499.SH")).toBe("main");
    expect(boardOf("000001.SZ")).toBe("main");
    expect(boardOf("003816.SZ")).toBe("main");
    expect(boardOf("300750.SZ")).toBe("chinext");
    expect(boardOf("301349.SZ")).toBe("chinext");
    // Regression (real data, 2025): 302132.SZ was dropped as "on no A-share board".
    expect(boardOf("302132.SZ")).toBe("chinext");
    expect(boardOf("688981.SH")).toBe("star");
    expect(boardOf("689009.SH")).toBe("star");
    expect(boardOf("920819.BJ")).toBe("bse");
    expect(boardOf("430047.BJ")).toBe("bse");
    expect(boardOf("832982.BJ")).toBe("bse");
  });

  it("fits no board to B shares, a prefix on the wrong exchange, or a malformed code", () => {
    for (const code of ["900901.SH", "200002.SZ", "600519.SZ", "300750.SH", "430047.SH", "430047.XX", "920819.SZ", "302132.SH", "303000.SZ", "600519", "600519.sh", "60051.SH", "6005190.SH", "60a519.SH", "600519-SH", " 600519.SH", ""]) {
      expect(boardOf(code), code).toBeNull();
    }
  });
});
