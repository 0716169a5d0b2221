import {execFile} from "node:child_process";
import {readdir, readFile, rm, writeFile} from "node:fs/promises";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import {promisify} from "node:util";
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

async function readDay(dir: string) {
  const names = await readdir(join(dir, "2025-06-24"));
  const files = Object.fromEntries(await Promise.all(names.map(async (n) => [n, await readFile(join(dir, "2025-06-24", n))])));
  return parseSnapshot("2025-06-24", files);
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
