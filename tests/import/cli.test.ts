import {execFile} from "node:child_process";
import {readdir, readFile, rm} from "node:fs/promises";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import {promisify} from "node:util";
import {describe, expect, it} from "vitest";
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
});
