import {describe, expect, it} from "vitest";
import {masterFiles} from "../../src/import/masterFiles.ts";
import {nameOn} from "../../src/market/securityMaster.ts";
import {formatIssue} from "../../src/snapshot/issue.ts";
import {parseMaster} from "../../src/snapshot/parseMaster.ts";

const bytes = (text: string) => new TextEncoder().encode(text);

const SECURITIES = `code,name,name_en,list_date,delist_date
600000.SH,浦发银行,SPD Bank,1999-11-10,
600234.SH,*ST科新,"Kexin, Co.",1993-06-08,
302132.SZ,中航成飞,,2025-01-20,
`;
const NAMES = `code,name,from,to
600234.SH,科新发展,1993-06-08,2024-04-29
600234.SH,*ST科新,2024-04-30,
`;

describe("parseMaster(files)", () => {
  it("reads securities and dated names, and gives the name traded on a date", () => {
    const parsed = parseMaster({
      securities: {file: "securities.csv", bytes: bytes(SECURITIES)},
      nameHistory: {file: "name-history.csv", bytes: bytes(NAMES)},
    });
    if (!parsed.ok) throw new Error(parsed.issues.map(formatIssue).join("\n"));
    const master = parsed.value;
    expect(master.securities.get("600234.SH")).toEqual({code: "600234.SH", name: "*ST科新", nameEn: "Kexin, Co.", listDate: "1993-06-08", delistDate: null});
    expect(master.securities.get("302132.SZ")?.nameEn).toBeNull();
    expect(nameOn(master, "600234.SH", "2024-04-29")).toBe("科新发展");
    expect(nameOn(master, "600234.SH", "2024-04-30")).toBe("*ST科新");
    expect(nameOn(master, "600234.SH", "1990-01-01")).toBeNull();
    expect(nameOn(master, "600000.SH", "2024-04-30")).toBeNull();
  });

  it("writes back the same files it reads", () => {
    const parsed = parseMaster({
      securities: {file: "securities.csv", bytes: bytes(SECURITIES)},
      nameHistory: {file: "name-history.csv", bytes: bytes(NAMES)},
    });
    if (!parsed.ok) throw new Error("invalid");
    const files = masterFiles(parsed.value);
    // Rows come back in code order.
    expect(files["securities.csv"].split("\n").slice(1, 4)).toEqual([
      "302132.SZ,中航成飞,,2025-01-20,",
      "600000.SH,浦发银行,SPD Bank,1999-11-10,",
      '600234.SH,*ST科新,"Kexin, Co.",1993-06-08,',
    ]);
    expect(files["name-history.csv"]).toBe(NAMES);
  });

  it("reports bad rows by file, row and column", () => {
    const parsed = parseMaster({
      securities: {file: "securities.csv", bytes: bytes("code,name,name_en,list_date,delist_date\n600000,浦发银行,,1999-11-10,\n600001.SH,,,1999-02-30,\n600002.SH,X,,2000-01-05,1999-01-01\n")},
      nameHistory: {file: "name-history.csv", bytes: bytes("code,name,from,to\n600003.SH,A,2020-01-01,\n600003.SH,B,2021-01-01,2021-02-01\n")},
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues.map(formatIssue)).toEqual([
      'securities.csv:2:1: code "600000" has no exchange suffix: expected .SH, .SZ or .BJ',
      "securities.csv:3:2: name is empty: expected a value",
      'securities.csv:3:4: list_date "1999-02-30" is not a date: expected YYYY-MM-DD',
      "securities.csv:4:5: delist_date 1999-01-01 is before list_date 2000-01-05",
      'name-history.csv:3:3: 600003.SH is named "B" from 2021-01-01, overlapping its name "A" on row 2',
    ]);
  });

  // Regression: control characters in names reached the site through the master as well.
  it("cleans the names and English names of both files, with warnings, and keeps the rows", () => {
    const parsed = parseMaster({
      securities: {file: "securities.csv", bytes: bytes("code,name,name_en,list_date,delist_date\n600000.SH,浦发\u0007银行,SPD\u202e Bank,1999-11-10,\n")},
      nameHistory: {file: "name-history.csv", bytes: bytes("code,name,from,to\n600000.SH,浦发\u2066银行,1999-11-10,\n")},
    });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.securities.get("600000.SH")).toMatchObject({name: "浦发银行", nameEn: "SPD Bank"});
    expect(parsed.value.names.get("600000.SH")?.[0]?.name).toBe("浦发银行");
    expect(parsed.warnings.map((w) => `${w.file}:${w.row}:${w.column}`)).toEqual(["securities.csv:2:2", "securities.csv:2:3", "name-history.csv:2:2"]);
  });
});

