import {execFile} from "node:child_process";
import {readdir, readFile, rm, writeFile} from "node:fs/promises";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import {promisify} from "node:util";
import {gzipSync} from "node:zlib";
import {describe, expect, it} from "vitest";
import {loadCalendarFile, loadMaster} from "../../src/io/loadMaster.ts";
import {nameOn} from "../../src/market/securityMaster.ts";
import {parseSnapshot} from "../../src/snapshot/parseSnapshot.ts";
import {copyBase, treeContents} from "../snapshot/dataDir.ts";
import {baseSnapshot, FIXTURES} from "./helpers.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** Runs `node scripts/import.ts ARGS` as the operator would; never throws on a non-zero exit. */
async function runImport(args: string[]): Promise<{code: number; stderr: string; stdout: string}> {
  try {
    const {stdout, stderr} = await promisify(execFile)(process.execPath, ["scripts/import.ts", ...args], {cwd: ROOT});
    return {code: 0, stdout, stderr};
  } catch (error) {
    const e = error as {code: number; stdout: string; stderr: string};
    return {code: e.code, stdout: e.stdout, stderr: e.stderr};
  }
}

const f = (name: string) => join(FIXTURES, name);

/** The base data folder without its 2025-06-24 day, to import that day into. */
async function dataWithoutDay(): Promise<string> {
  const dir = await copyBase();
  await rm(join(dir, "2025-06-24"), {recursive: true});
  return dir;
}

async function readDay(dir: string, date = "2025-06-24") {
  const names = await readdir(join(dir, date));
  const files = Object.fromEntries(await Promise.all(names.map(async (n) => [n, await readFile(join(dir, date, n))])));
  return parseSnapshot(date, files);
}

const tushareArgs = (out: string) => [
  "--from", "tushare", "--date", "2025-06-24", "--daily", f("daily.csv"), "--basic", f("stock_basic.csv"),
  "--limits", f("stk_limit.csv"), "--index-daily", f("index_daily.csv"), "--out", out,
];

describe("npm run import", () => {
  it("imports Tushare exports into a valid day folder, suspended stocks at the earlier snapshot's close", async () => {
    const dir = await dataWithoutDay();
    const run = await runImport(tushareArgs(dir));
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("wrote");
    const day = await readDay(dir);
    expect(day.ok && day.value.stocks).toEqual(baseSnapshot().stocks);
    expect(await readdir(dir)).not.toContainEqual(expect.stringMatching(/^\./));
  });

  it("imports an AKShare spot table", async () => {
    const dir = await dataWithoutDay();
    const run = await runImport(["--from", "akshare", "--date", "2025-06-24", "--spot", f("spot.csv"), "--out", dir]);
    expect(run.code).toBe(0);
    const day = await readDay(dir);
    expect(day.ok && day.value.meta.source).toBe("AKShare (East Money)");
  });

  it("writes a midday spot table to data/midday/DATE/ beside that date's close, which it leaves alone", async () => {
    const dir = await copyBase();
    const close = await readFile(join(dir, "2025-06-24", "meta.json"), "utf8");
    const args = ["--from", "akshare", "--date", "2025-06-24", "--spot", f("spot.csv"), "--session", "midday", "--out", dir];
    const run = await runImport(args);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`wrote ${join(dir, "midday")}/2025-06-24/`);
    const midday = parseSnapshot("2025-06-24", Object.fromEntries(await Promise.all(
      (await readdir(join(dir, "midday", "2025-06-24"))).map(async (n) => [n, await readFile(join(dir, "midday", "2025-06-24", n))]),
    )));
    expect(midday.ok && midday.value.meta.session).toBe("midday");
    expect(await readFile(join(dir, "2025-06-24", "meta.json"), "utf8")).toBe(close);
    const again = await runImport(args);
    expect([again.code, again.stderr]).toEqual([2, expect.stringContaining(`${join(dir, "midday")}/2025-06-24/ exists: pass --force`)]);
  });

  it("refuses to overwrite an existing day without --force, and replaces it with it", async () => {
    const dir = await copyBase();
    const before = await treeContents(dir);
    const refused = await runImport(tushareArgs(dir));
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("exists: pass --force");
    expect(await treeContents(dir)).toEqual(before);
    const forced = await runImport([...tushareArgs(dir), "--force"]);
    expect(forced.code).toBe(0);
    const day = await readDay(dir);
    expect(day.ok && day.value.meta.source).toBe("Tushare Pro");
  });

  it("exits 2 on a GBK export, says where and why, and writes nothing", async () => {
    const dir = await dataWithoutDay();
    const before = await treeContents(dir);
    const spot = f("spot-gbk.csv");
    const run = await runImport(["--from", "akshare", "--date", "2025-06-24", "--spot", spot, "--out", dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${spot}:1:1: file is not UTF-8: it reads as GBK/GB18030`);
    expect(run.stderr).toContain("No file was changed.");
    expect(await treeContents(dir)).toEqual(before);
  });

  it("exits 2 on a missing input file and on a bad command line; --help exits 0", async () => {
    const dir = await dataWithoutDay();
    const missing = await runImport(["--from", "akshare", "--date", "2025-06-24", "--spot", "nope.csv", "--out", dir]);
    expect([missing.code, missing.stderr.split("\n")[0]]).toEqual([2, "nope.csv:1:1: --spot: no such file"]);
    const bad = await runImport(["--from", "wind", "--date", "2025-06-24"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(`--from "wind" is not tushare or akshare`);
    const help = await runImport(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Usage: npm run import");
  });

  it("imports a gzipped real East Money excerpt: one warning per odd row, a summary, listing dates from the master", async () => {
    const dir = await copyBase();
    const spot = join(dir, "em.csv.gz");
    await writeFile(spot, gzipSync(await readFile(f("real/em_spot_2025-07-09.csv"))));
    await writeFile(join(dir, "securities.csv"), "code,name,name_en,list_date,delist_date\n000001.SZ,平安银行,Ping An Bank,1991-04-03,\n");
    const run = await runImport(["--from", "akshare", "--date", "2025-07-09", "--spot", spot, "--out", dir]);
    expect(run.code).toBe(0);
    const lines = run.stderr.trim().split("\n");
    expect(lines[0]).toBe(
      `warning: ${spot}:1:1: left out 3 rows: 3 not listed yet or delisted (no 昨收); wrote 4 rows as suspended: 3 not trading (no 最新价), 1 no trades (最新价 = 昨收, no 今开/最高/最低/成交量)`,
    );
    expect(lines.filter((l) => l.startsWith(`warning: ${spot}:`))).toHaveLength(8);
    expect(lines.at(-1)).toBe(`wrote ${dir}/2025-07-09/: 23 stocks (4 suspended), 0 indices, from AKShare (East Money)`);
    const day = await readDay(dir, "2025-07-09");
    if (!day.ok) throw new Error("the imported day does not parse");
    expect(day.value.stocks.find((s) => s.code === "000001.SZ")?.listDate).toBe("1991-04-03");
    expect(day.value.stocks.find((s) => s.code === "000858.SZ")).toMatchObject({name: "五粮液", listDate: null, volume: 20_349_600});
    // The spot import never writes the security master
    expect(await readdir(dir)).not.toContain("name-history.csv");
  });

  it("imports a real Sina excerpt with its BOM", async () => {
    const dir = await copyBase();
    const run = await runImport(["--from", "akshare", "--date", "2026-02-24", "--spot", f("real/sina_spot_2026-02-24.csv"), "--out", dir]);
    expect(run.code).toBe(0);
    const day = await readDay(dir, "2026-02-24");
    expect(day.ok && day.value.stocks.length).toBe(17);
    expect(day.ok && day.value.meta.source).toBe("AKShare (Sina Finance)");
  });

  it("exits 2 on a spot file without 昨收 and writes nothing", async () => {
    const dir = await copyBase();
    const before = await treeContents(dir);
    const spot = join(await copyBase(), "bad.csv");
    await writeFile(spot, (await readFile(f("real/sina_spot_2024-02.csv"), "utf8")).replace(",昨收,", ",昨日收盘,"));
    const run = await runImport(["--from", "akshare", "--date", "2024-02-08", "--spot", spot, "--out", dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${spot}:1:10: missing column "昨收"`);
    expect(run.stderr).toContain("No file was changed.");
    expect(await treeContents(dir)).toEqual(before);
  });

  it("merges listing exports into securities.csv and name-history.csv, and refuses without one", async () => {
    const dir = await copyBase();
    const listings = ["--sh", f("listings/stock_info_sh_name_code.csv"), "--sz", f("listings/stock_info_sz_name_code.csv"), "--bj", f("listings/stock_info_bj_name_code.csv")];
    const run = await runImport(["--from", "akshare", "--listings", "--date", "2025-07-09", ...listings, "--out", dir]);
    expect([run.code, run.stderr]).toEqual([
      0, `wrote ${dir}/securities.csv and name-history.csv: 11 stocks (11 added, 0 listing dates filled, 0 renamed) from 11 listed\n`,
    ]);
    const securities = await readFile(join(dir, "securities.csv"), "utf8");
    expect(securities.split("\n")[2]).toBe("000002.SZ,万科Ａ,,1991-01-29,");
    expect((await readFile(join(dir, "name-history.csv"), "utf8")).split("\n")[1]).toBe("000001.SZ,平安银行,2025-07-09,");
    const none = await runImport(["--from", "akshare", "--listings", "--date", "2025-07-09", "--out", dir]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("--listings needs at least one of --sh, --sz, --bj");
  });

  it("writes no master when a listing export is broken", async () => {
    const dir = await copyBase();
    const before = await treeContents(dir);
    const bj = join(await copyBase(), "bj.csv");
    await writeFile(bj, "证券代码,证券简称\n920002,万达轴承\n");
    const run = await runImport(["--from", "akshare", "--listings", "--date", "2025-07-09", "--sh", f("listings/stock_info_sh_name_code.csv"), "--bj", bj, "--out", dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${bj}:1:3: missing column "上市日期"`);
    expect(await treeContents(dir)).toEqual(before);
  });

  it("updates the security master and calendar.csv from stock_basic, namechange and trade_cal beside the day", async () => {
    const dir = await dataWithoutDay();
    const run = await runImport([...tushareArgs(dir), "--namechange", f("namechange.csv"), "--trade-cal", f("trade_cal.csv")]);
    expect(run.code).toBe(0);
    // namechange.csv's repeated ST科新 spell, reported against the vendor's file.
    expect(run.stderr).toContain(`warning: ${f("namechange.csv")}:3:3: 600234.SH "ST科新" from 2023-05-05 repeats row 4`);
    const day = await readDay(dir);
    expect(day.ok && day.value.stocks).toEqual(baseSnapshot().stocks);
    const master = await loadMaster(dir);
    if (!master.ok) throw new Error("master invalid");
    // stock_basic.csv has 7 stocks (301999.SZ lists later, but it is in the master all the same).
    expect(master.value.securities.size).toBe(7);
    expect(master.value.securities.get("600000.SH")).toMatchObject({name: "浦发银行", listDate: "1999-11-10"});
    expect(nameOn(master.value, "600234.SH", "2024-01-02")).toBe("ST科新");
    const calendar = await loadCalendarFile(dir);
    expect(calendar.ok && calendar.value).toEqual({open: ["2025-06-20", "2025-06-23", "2025-06-24"], closed: ["2025-06-21", "2025-06-22"]});
  });

  it("with --basic and no --daily updates only the master, even when the day exists", async () => {
    const dir = await copyBase();
    const before = await treeContents(dir);
    const run = await runImport(["--from", "tushare", "--date", "2025-06-24", "--basic", f("real/stock_basic_2026-06.csv"), "--out", dir]);
    expect(run.code).toBe(0);
    const after = await treeContents(dir);
    expect(Object.keys(after).filter((k) => after[k] !== before[k]).sort()).toEqual(["name-history.csv", "securities.csv"]);
    const master = await loadMaster(dir);
    expect(master.ok && master.value.securities.get("000002.SZ")?.name).toBe("万科Ａ");
  });

  it("exits 2 and writes nothing when the master in data/ is broken", async () => {
    const dir = await dataWithoutDay();
    await writeFile(join(dir, "securities.csv"), "code,name\n600000.SH,浦发银行\n");
    const before = await treeContents(dir);
    const run = await runImport(tushareArgs(dir));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`securities.csv:1:3: missing column "name_en"`);
    expect(await treeContents(dir)).toEqual(before);
  });
});
