import {describe, expect, it} from "vitest";
import {formatIssue, MAX_MESSAGE} from "../../src/snapshot/issue.ts";

describe("formatIssue(issue)", () => {
  it("writes file:row:column: message", () => {
    expect(formatIssue({file: "2025-06-24/stocks.csv", row: 3, column: 7, message: 'close "12.3x" is not a price'})).toBe(
      '2025-06-24/stocks.csv:3:7: close "12.3x" is not a price',
    );
  });

  it("writes terminal escape sequences, NUL bytes and bidi controls from data as escapes", () => {
    // Regression: a name with ESC [ 2 J cleared the operator's terminal when its warning was printed.
    expect(formatIssue({file: "a.csv", row: 2, column: 2, message: 'name "\u001b[2J\u0000x\u202ey" was cleaned'})).toBe(
      'a.csv:2:2: name "\\x1b[2J\\x00x\\u202ey" was cleaned',
    );
  });

  it("cuts a message that quotes a huge value, saying how much was left out", () => {
    // Regression: a 100 KB header of NUL bytes was quoted whole (each NUL printed as 4 characters).
    const line = formatIssue({file: "a.csv", row: 1, column: 1, message: `unknown column "${"\u0000".repeat(100_000)}"`});
    expect(line.length).toBeLessThan(MAX_MESSAGE + 80);
    // 'unknown column "' (16) + 100,000 × "\x00" (4 each) + '"' = 400,017 characters, 400 kept
    expect(line.endsWith(`… (${400_017 - MAX_MESSAGE} more characters)`)).toBe(true);
  });
});
