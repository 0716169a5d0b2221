import {describe, expect, it} from "vitest";
import {oddMove} from "../../src/snapshot/oddMove.ts";

const DATE = "2025-06-24";
const stock = (code: string, prevCloseFen: number, closeFen: number, isSt: boolean | null, listDate: string | null = "2000-01-04") =>
  ({code, prevCloseFen, closeFen, listDate, isSt});

describe("oddMove(stock, date)", () => {
  it("is quiet for a close at the stock's own limit price", () => {
    // Main board: 1000 × 1.10 = 1100 fen up, 1000 × 0.90 = 900 fen down.
    expect(oddMove(stock("600000.SH", 1000, 1100, false), DATE)).toBeNull();
    expect(oddMove(stock("600000.SH", 1000, 900, false), DATE)).toBeNull();
    // Main-board ST, 5% until 2026-07-05: 400 × 1.05 = 420 fen.
    expect(oddMove(stock("600234.SH", 400, 420, true), DATE)).toBeNull();
    // ChiNext, 20% whether ST or not: 2500 × 1.20 = 3000 fen.
    expect(oddMove(stock("300750.SZ", 2500, 3000, true), DATE)).toBeNull();
  });

  // Regression: a main-board ST stock at +10% passed without a word, because the check used the
  // board's widest limit (10% + 1% leeway) whatever the stock's ST status.
  it("warns about an ST stock past its own 5% limit", () => {
    // 400 × 1.05 = 420 fen is the limit-up; 440 fen is +10%.
    expect(oddMove(stock("600234.SH", 400, 440, true), DATE)).toBe(
      "close 4.40 is 10.0% above prev_close 4.00, beyond its limit-up price 4.20 (5% for an ST stock on the main board): check the prices",
    );
    // 400 × 0.95 = 380 fen is the limit-down; 379 is one fen below it.
    expect(oddMove(stock("600234.SH", 400, 379, true), DATE)).toBe(
      "close 3.79 is 5.3% below prev_close 4.00, beyond its limit-down price 3.80 (5% for an ST stock on the main board): check the prices",
    );
  });

  // Regression: a legal one-fen limit-up (0.09 → 0.10, +11.1%) drew a false "beyond ±10%" warning.
  it("compares limit prices in fen, so a one-fen limit move is no warning", () => {
    // 9 × 1.10 = 9.9 → 10 fen: the limit-up is 0.10, +11.1%.
    expect(oddMove(stock("600000.SH", 9, 10, false), DATE)).toBeNull();
    // 9 × 1.05 = 9.45 → 9, the previous close itself, so one tick up: 10 fen.
    expect(oddMove(stock("600234.SH", 9, 10, true), DATE)).toBeNull();
    // 10 × 0.90 = 9 fen: −10% is the limit-down, 8 fen is beyond it.
    expect(oddMove(stock("600000.SH", 10, 9, false), DATE)).toBeNull();
    expect(oddMove(stock("600000.SH", 10, 8, false), DATE)).toMatch(/beyond its limit-down price 0\.09/);
  });

  it("falls back to the board's widest rule when is_st is empty", () => {
    // Main board: max(ST 5%, 10%) = 10%; 400 × 1.10 = 440 fen.
    expect(oddMove(stock("600234.SH", 400, 440, null), DATE)).toBeNull();
    expect(oddMove(stock("600234.SH", 400, 441, null), DATE)).toBe(
      "close 4.41 is 10.3% above prev_close 4.00, beyond its limit-up price 4.40 (10%, the main board's widest rule, as is_st is empty): check the prices",
    );
  });

  it("uses the rule in force on the trade date: main-board ST stocks have 10% from 2026-07-06", () => {
    expect(oddMove(stock("600234.SH", 400, 440, true), "2026-07-03")).toMatch(/beyond its limit-up price 4\.20/);
    expect(oddMove(stock("600234.SH", 400, 440, true), "2026-07-06")).toBeNull();
  });

  it("leaves out new listings and unknown listing dates, which may have no limit", () => {
    expect(oddMove(stock("600000.SH", 1000, 2000, false, "2025-06-01"), DATE)).toBeNull();
    expect(oddMove(stock("600000.SH", 1000, 2000, false, null), DATE)).toBeNull();
  });
});
