import {describe, expect, it} from "vitest";
import {oddRows} from "../../src/import/oddRows.ts";
import {formatIssue} from "../../src/snapshot/issue.ts";
import {issueLog} from "../../src/snapshot/issueLog.ts";

describe("oddRows(log)", () => {
  it("logs one warning per row and a summary on row 1 counting rows per reason, most frequent first", () => {
    const log = issueLog("spot.csv");
    const odd = oddRows(log);
    odd.note("suspended", "not trading", 5, 4, "最新价 is empty");
    odd.note("leftOut", "no 昨收", 7, 13, "昨收 is empty");
    odd.note("leftOut", "a repeated code", 8, 2, "repeats row 3");
    odd.note("leftOut", "no 昨收", 9, 13, "昨收 is empty");
    expect(odd.summarize()).toEqual({leftOut: 3, suspended: 1});
    expect(log.warnings().map(formatIssue)).toEqual([
      "spot.csv:1:1: left out 3 rows: 2 no 昨收, 1 a repeated code; wrote 1 row as suspended: 1 not trading",
      "spot.csv:5:4: 最新价 is empty",
      "spot.csv:7:13: 昨收 is empty",
      "spot.csv:8:2: repeats row 3",
      "spot.csv:9:13: 昨收 is empty",
    ]);
    expect(log.hasErrors()).toBe(false);
  });

  it("says nothing when no row was odd", () => {
    const log = issueLog("spot.csv");
    expect(oddRows(log).summarize()).toEqual({leftOut: 0, suspended: 0});
    expect(log.warnings()).toEqual([]);
  });
});
