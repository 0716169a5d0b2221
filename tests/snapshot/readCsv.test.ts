import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {issueLog} from "../../src/snapshot/issueLog.ts";
import {csvRecords, quotedRecords, readCsv} from "../../src/snapshot/readCsv.ts";

// The pieces exports are made of, with the whitespace, blank lines and quoting (good and broken) they carry.
const PIECES = ["600519.SH", "1.15", "0", "", ",", ",", " ", "\t", "\n", "\n", "\n\n", "  \n", "贵州茅台", "a b", "\u00a0"];
const QUOTING = ['"', '""', '"Hua\'s Bio, Pharma"', '"a\nb"', '"x""y"', ' "q" '];
const plainText = fc.array(fc.constantFrom(...PIECES), {maxLength: 60}).map((parts) => parts.join(""));
const anyText = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.constantFrom(...QUOTING)), {maxLength: 60}).map((parts) => parts.join(""));

/** Records and logged issues of `text` through a reader. */
function read(reader: typeof csvRecords, text: string) {
  const log = issueLog("x.csv");
  return {...reader(text, log), errors: log.errors()};
}

describe("reading CSV records", () => {
  it("gives csv-parse's records, line numbers and errors for any text, quicker when quotes are rare", () => {
    for (const arbitrary of [plainText, anyText]) {
      fc.assert(
        fc.property(arbitrary, (text) => {
          expect(read(csvRecords, text)).toEqual(read(quotedRecords, text));
        }),
        {seed: 20250624, numRuns: 2000},
      );
    }
  });

  it("numbers rows by their line in the file, blank lines included", () => {
    const log = issueLog("stocks.csv");
    const table = readCsv("code,name\n\n600519.SH , Moutai\n   \n000001.SZ,Ping An\n", {required: ["code", "name"]}, log);
    expect(table?.records).toEqual([
      {row: 3, fields: ["600519.SH", "Moutai"]},
      {row: 5, fields: ["000001.SZ", "Ping An"]},
    ]);
  });

  it("still finds an unclosed quote, on the line where the bad record starts", () => {
    const log = issueLog("stocks.csv");
    readCsv('code,name\n600519.SH,Moutai\n000001.SZ,"Ping An\n000002.SZ,Vanke\n', {required: ["code", "name"]}, log);
    expect(log.errors()).toEqual([expect.objectContaining({row: 3, message: expect.stringContaining("never closed")})]);
  });
});
