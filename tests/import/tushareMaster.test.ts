import {describe, expect, it} from "vitest";
import {masterFiles} from "../../src/import/masterFiles.ts";
import {masterFromTushare} from "../../src/import/tushareMaster.ts";
import {EMPTY_MASTER, nameOn, type SecurityMaster} from "../../src/market/securityMaster.ts";
import {formatIssue} from "../../src/snapshot/issue.ts";
import {parseMaster} from "../../src/snapshot/parseMaster.ts";
import {fixture} from "./helpers.ts";

const utf8 = (text: string) => new TextEncoder().encode(text);
const file = (name: string, text: string) => ({name, bytes: utf8(text)});

function valueOf(parsed: ReturnType<typeof masterFromTushare>): SecurityMaster {
  if (!parsed.ok) throw new Error(parsed.issues.map(formatIssue).join("\n"));
  return parsed.value;
}

describe("masterFromTushare({basic, namechange, previous, date})", () => {
  it("turns namechange's overlapping and repeated spells into names that never overlap, with a warning for each", () => {
    const parsed = masterFromTushare({basic: fixture("stock_basic.csv"), namechange: fixture("namechange.csv"), previous: EMPTY_MASTER, date: "2025-06-24"});
    const master = valueOf(parsed);
    // Sorted by start: 山西广和 93-06-08, 科新发展 11-03-18 (ends 23-05-10, past ST科新's start 23-05-05:
    // cut to the day before, 23-05-04), ST科新 23-05-05 twice (row 4 has an end_date, so it wins
    // over row 3), *ST科新 24-04-30 still.
    expect(master.names.get("600234.SH")).toEqual([
      {name: "山西广和", from: "1993-06-08", to: "2011-03-17"},
      {name: "科新发展", from: "2011-03-18", to: "2023-05-04"},
      {name: "ST科新", from: "2023-05-05", to: "2024-04-29"},
      {name: "*ST科新", from: "2024-04-30", to: null},
    ]);
    expect(parsed.warnings.map(formatIssue)).toEqual([
      `namechange.csv:3:3: 600234.SH "ST科新" from 2023-05-05 repeats row 4: row 4 is kept`,
      `namechange.csv:5:4: 600234.SH "科新发展" ends 2023-05-10 but "ST科新" starts 2023-05-05 (row 4): taken to end 2023-05-04`,
    ]);
    expect(nameOn(master, "600234.SH", "2023-05-04")).toBe("科新发展");
    expect(nameOn(master, "600234.SH", "2023-05-05")).toBe("ST科新");
    // Full-width Ａ is kept as the vendor wrote it.
    expect(nameOn(master, "000001.SZ", "2012-08-01")).toBe("深发展Ａ");
    expect(nameOn(master, "000001.SZ", "2012-08-02")).toBe("平安银行");
  });

  it("reads a real stock_basic export: YYYYMMDD dates, full-width names, 302132.SZ and 920xxx.BJ", () => {
    const master = valueOf(masterFromTushare({basic: fixture("real/stock_basic_2026-06.csv"), previous: EMPTY_MASTER, date: "2026-06-19"}));
    expect(master.securities.size).toBe(14);
    expect(master.securities.get("000002.SZ")).toEqual({code: "000002.SZ", name: "万科Ａ", nameEn: null, listDate: "1991-01-29", delistDate: null});
    expect(master.securities.get("302132.SZ")?.listDate).toBe("2010-08-27");
    expect(master.securities.get("920218.BJ")?.listDate).toBe("2026-05-29");
    // No namechange: no dated names are invented from the current ones.
    expect(master.names.size).toBe(0);
  });

  it("merges a newer export into the master: codes added, names and dates updated, codes it lacks kept", () => {
    const older = valueOf(masterFromTushare({basic: fixture("real/stock_basic_2024-11.csv"), previous: EMPTY_MASTER, date: "2024-11-05"}));
    const vanke = older.securities.get("000002.SZ");
    if (!vanke) throw new Error("000002.SZ missing");
    const previous: SecurityMaster = {...older, securities: new Map(older.securities).set("000002.SZ", {...vanke, nameEn: "China Vanke"})};
    const master = valueOf(masterFromTushare({basic: fixture("real/stock_basic_2026-06.csv"), previous, date: "2026-06-19"}));
    // 15 codes of 2024-11, plus 600421.SH, 302132.SZ, 689009.SH and 920218.BJ new in 2026-06: 19.
    expect(master.securities.size).toBe(19);
    expect(master.securities.get("000002.SZ")).toMatchObject({name: "万科Ａ", nameEn: "China Vanke"});
    expect(master.securities.get("000004.SZ")).toMatchObject({name: "*ST国华", listDate: "1990-12-01"});
    expect(master.securities.get("301592.SZ")?.name).toBe("六九一二");
    // 830799.BJ is not in the 2026 export (the Beijing codes moved to 920): kept as it was.
    expect(master.securities.get("830799.BJ")).toMatchObject({name: "艾融软件", listDate: "2020-07-27"});
  });

  it("takes enname and delist_date when the export has them, and warns about rows it leaves out", () => {
    const basic = file("basic.csv", [
      "ts_code,name,list_date,list_status,delist_date,enname",
      `600000.SH,浦发银行,19991110,L,,"Shanghai Pudong Development Bank Co.,Ltd."`,
      "600087.SH,退市长油,19970612,D,20140605,",
      "900901.SH,云赛B股,19920227,L,,",
      "600001.SH,邯郸钢铁,1998-01-22,D,20091229,",
      "600002.SH,齐鲁石化,19980408,D,19980101,",
      "",
    ].join("\n"));
    const previous: SecurityMaster = {
      securities: new Map([["600000.SH", {code: "600000.SH", name: "浦发银行", nameEn: "SPD Bank", listDate: null, delistDate: null}]]),
      names: new Map(),
    };
    const parsed = masterFromTushare({basic, previous, date: "2025-06-24"});
    const master = valueOf(parsed);
    expect(master.securities.get("600000.SH")).toEqual({
      code: "600000.SH", name: "浦发银行", nameEn: "Shanghai Pudong Development Bank Co.,Ltd.", listDate: "1999-11-10", delistDate: null,
    });
    expect(master.securities.get("600087.SH")).toMatchObject({listDate: "1997-06-12", delistDate: "2014-06-05"});
    expect(master.securities.get("600002.SH")?.delistDate).toBeNull();
    expect([...master.securities.keys()].sort()).toEqual(["600000.SH", "600002.SH", "600087.SH"]);
    expect(parsed.warnings.map(formatIssue)).toEqual([
      `basic.csv:4:1: ts_code "900901.SH" is not a stock on an A-share board we cover: row left out`,
      `basic.csv:5:3: list_date "1998-01-22" is not a date: expected YYYYMMDD: row left out`,
      "basic.csv:6:5: delist_date 1998-01-01 is before list_date 1998-04-08: delist_date ignored",
    ]);
  });

  it("keeps our older names before the first one namechange gives, ending the one that ran into it", () => {
    const previous: SecurityMaster = {
      securities: new Map(),
      names: new Map([["600234.SH", [{name: "旧名", from: "1993-06-08", to: "2009-12-31"}, {name: "科新发展", from: "2010-01-01", to: null}]]]),
    };
    const namechange = file("nc.csv", "ts_code,name,start_date,end_date,ann_date,change_reason\n600234.SH,*ST科新,20240430,,20240427,*ST\n");
    const basic = file("basic.csv", "ts_code,name,list_date\n600234.SH,*ST科新,19930608\n");
    const master = valueOf(masterFromTushare({basic, namechange, previous, date: "2025-06-24"}));
    // 科新发展 was open-ended; *ST科新 starts 2024-04-30, so it ends 2024-04-29.
    expect(master.names.get("600234.SH")).toEqual([
      {name: "旧名", from: "1993-06-08", to: "2009-12-31"},
      {name: "科新发展", from: "2010-01-01", to: "2024-04-29"},
      {name: "*ST科新", from: "2024-04-30", to: null},
    ]);
  });

  it("warns when stock_basic and the dated names disagree on a risk warning that day", () => {
    const namechange = file("nc.csv", "ts_code,name,start_date,end_date\n600234.SH,科新发展,20000615,\n");
    const basic = file("basic.csv", "ts_code,name,list_date\n600234.SH,*ST科新,20000615\n");
    const parsed = masterFromTushare({basic, namechange, previous: EMPTY_MASTER, date: "2025-06-24"});
    expect(parsed.warnings.map(formatIssue)).toEqual([
      `basic.csv:2:2: 600234.SH is "*ST科新" here but "科新发展" on 2025-06-24 in nc.csv: the dated name is used for 2025-06-24`,
    ]);
  });

  it("writes a master that parses back to itself", () => {
    const master = valueOf(masterFromTushare({basic: fixture("real/stock_basic_2024-11.csv"), namechange: fixture("namechange.csv"), previous: EMPTY_MASTER, date: "2024-11-05"}));
    const files = masterFiles(master);
    const back = parseMaster({
      securities: {file: "securities.csv", bytes: utf8(files["securities.csv"])},
      nameHistory: {file: "name-history.csv", bytes: utf8(files["name-history.csv"])},
    });
    expect(back.ok && back.value).toEqual(master);
  });
});
