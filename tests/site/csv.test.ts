import {describe, expect, it} from "vitest";
import {safeCell, toCsv} from "../../src/site/csv.ts";

describe("toCsv(header, rows) for download", () => {
  it("keeps a name that would start a spreadsheet formula as text", () => {
    // Regression: a stock named "=HYPERLINK(…)" was written unchanged into the open-data CSVs.
    expect(safeCell("=HYPERLINK(\"http://x\")")).toBe("'=HYPERLINK(\"http://x\")");
    expect(safeCell("+cmd")).toBe("'+cmd");
    expect(safeCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(safeCell("-name")).toBe("'-name");
  });

  it("leaves signed figures and ordinary names alone", () => {
    for (const cell of ["-2.47%", "+1.31%", "-0.67", "1,009.81", "Xiangtan Electrochemical", "湘潭电化"]) expect(safeCell(cell)).toBe(cell);
  });

  it("quotes as RFC 4180 asks, with CRLF line ends", () => {
    expect(toCsv(["Name", "Change"], [["Hua's Bio, Pharma & Co.", "-2.47%"], ["=1+1", "+1.00%"]])).toBe(
      'Name,Change\r\n"Hua\'s Bio, Pharma & Co.",-2.47%\r\n\'=1+1,+1.00%\r\n',
    );
  });
});
