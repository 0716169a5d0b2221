import {execFile} from "node:child_process";
import {readdir, readFile, rm} from "node:fs/promises";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import {promisify} from "node:util";
import {afterEach, describe, expect, it} from "vitest";
import {loadCalendarFile, loadMaster} from "../../src/io/loadMaster.ts";
import {nameOn} from "../../src/market/securityMaster.ts";
import {parseSnapshot} from "../../src/snapshot/parseSnapshot.ts";
import {baseSnapshot, FIXTURES} from "../import/helpers.ts";
import {copyBase, treeContents} from "../snapshot/dataDir.ts";
import {fixtureTable, ok, startServer, type Handler, type TestServer} from "./tushareServer.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

let server: TestServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

/** Runs `node scripts/<script>.ts ARGS` as the operator would, with `env` added; never throws on a non-zero exit. */
async function runScript(script: string, args: string[], env: Record<string, string> = {}) {
  try {
    const {stdout, stderr} = await promisify(execFile)(process.execPath, [`scripts/${script}.ts`, ...args], {cwd: ROOT, env: {...process.env, ...env}});
    return {code: 0, stdout, stderr};
  } catch (error) {
    const e = error as {code: number; stdout: string; stderr: string};
    return {code: e.code, stdout: e.stdout, stderr: e.stderr};
  }
}

async function fetchDay(dir: string, handler?: Handler, env: Record<string, string> = {}) {
  server = await startServer(handler);
  return runScript("fetch", ["--date", "2025-06-24", "--out", dir], {
    TUSHARE_API_URL: server.url, TUSHARE_TOKEN: "test-token", TUSHARE_RETRIES: "3", TUSHARE_RETRY_BASE_MS: "5", ...env,
  });
}

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

describe("npm run fetch", () => {
  it("pulls a day from the API and writes the day, the master and calendar.csv", async () => {
    const dir = await dataWithoutDay();
    const run = await fetchDay(dir);
    expect(run.stderr).toContain("wrote");
    expect(run.code).toBe(0);
    const day = await readDay(dir);
    // The same stocks as the base snapshot: 830799.BJ (no daily row) suspended at 2025-06-23's close.
    expect(day.ok && day.value.stocks).toEqual(baseSnapshot().stocks);
    // index_daily was asked for the five broad indices; the fixture has three of them that day.
    expect(day.ok && day.value.indices.map((i) => i.code)).toEqual(["000001.SH", "000300.SH", "399006.SZ"]);
    const master = await loadMaster(dir);
    if (!master.ok) throw new Error("master invalid");
    expect(master.value.securities.size).toBe(7);
    expect(nameOn(master.value, "600234.SH", "2024-01-02")).toBe("ST科新");
    const calendar = await loadCalendarFile(dir);
    expect(calendar.ok && calendar.value.open).toEqual(["2025-06-20", "2025-06-23", "2025-06-24"]);
    const asked = server?.requests.map((r) => `${r.api_name} ${JSON.stringify(r.params)}`);
    expect(asked).toEqual([
      `daily {"trade_date":"20250624"}`,
      `stk_limit {"trade_date":"20250624"}`,
      `index_daily {"ts_code":"000001.SH","trade_date":"20250624"}`,
      `index_daily {"ts_code":"399001.SZ","trade_date":"20250624"}`,
      `index_daily {"ts_code":"399006.SZ","trade_date":"20250624"}`,
      `index_daily {"ts_code":"000688.SH","trade_date":"20250624"}`,
      `index_daily {"ts_code":"000300.SH","trade_date":"20250624"}`,
      `stock_basic {"list_status":"L"}`,
      `stock_basic {"list_status":"D"}`,
      `namechange {}`,
      `trade_cal {"exchange":"SSE","start_date":"20250101","end_date":"20251231"}`,
    ]);
    expect(server?.requests.every((r) => r.token === "test-token")).toBe(true);
  });

  it("writes exactly what the CSV importer writes from the same tables", async () => {
    const fetched = await dataWithoutDay();
    expect((await fetchDay(fetched)).code).toBe(0);
    const imported = await dataWithoutDay();
    const f = (name: string) => join(FIXTURES, name);
    const run = await runScript("import", [
      "--from", "tushare", "--date", "2025-06-24", "--daily", f("daily.csv"), "--basic", f("stock_basic.csv"),
      "--limits", f("stk_limit.csv"), "--index-daily", f("index_daily.csv"), "--namechange", f("namechange.csv"),
      "--trade-cal", f("trade_cal.csv"), "--out", imported,
    ]);
    expect(run.code).toBe(0);
    expect(await treeContents(fetched)).toEqual(await treeContents(imported));
  });

  it("follows has_more: a table the API cuts short is asked for again from the next offset", async () => {
    const dir = await dataWithoutDay();
    const run = await fetchDay(dir, (body) => {
      const table = fixtureTable(body);
      if (body.api_name !== "namechange") return ok(table);
      // Three items a page: offsets 0, 3, 6 for the fixture's 8 rows.
      const from = Number(body.params.offset ?? 0);
      return ok({fields: table.fields, items: table.items.slice(from, from + 3), has_more: from + 3 < table.items.length});
    });
    expect(run.code).toBe(0);
    expect(server?.requests.filter((r) => r.api_name === "namechange").map((r) => r.params.offset)).toEqual([undefined, "3", "6"]);
    const master = await loadMaster(dir);
    expect(master.ok && nameOn(master.value, "000001.SZ", "2000-01-04")).toBe("深发展Ａ");
  });

  it("exits 2 quoting the API's code and msg when it refuses the token, and writes nothing", async () => {
    const dir = await dataWithoutDay();
    const before = await treeContents(dir);
    const run = await fetchDay(dir, () => ({json: {code: 40101, msg: "您的token不对，请确认。", data: null}}));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("daily: Tushare Pro answered code 40101: 您的token不对，请确认。");
    expect(run.stderr).toContain("No file was changed.");
    expect(run.stderr).not.toContain("test-token");
    // An API error is final: asked once, not retried.
    expect(server?.requests.length).toBe(1);
    expect(await treeContents(dir)).toEqual(before);
  });

  it("tries again after a dropped connection and an HTTP 503, and succeeds", async () => {
    const dir = await dataWithoutDay();
    const run = await fetchDay(dir, (body, n) => (n === 0 ? "drop" : n === 1 ? {status: 503, json: {}} : ok(fixtureTable(body))));
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/warning: daily: .*; trying again in 5 ms \(attempt 2 of 3\)/);
    expect(run.stderr).toContain("warning: daily: HTTP 503; trying again in 10 ms (attempt 3 of 3)");
    expect((await readDay(dir)).ok).toBe(true);
  });

  it("gives up after the last try when the connection always drops, exits 2 and writes nothing", async () => {
    const dir = await dataWithoutDay();
    const before = await treeContents(dir);
    const run = await fetchDay(dir, () => "drop");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("daily: Tushare Pro could not be reached after 3 tries");
    expect(server?.requests.length).toBe(3);
    expect(await treeContents(dir)).toEqual(before);
  });

  it("exits 2 without a token, before asking anything", async () => {
    const dir = await dataWithoutDay();
    const before = await treeContents(dir);
    const run = await fetchDay(dir, undefined, {TUSHARE_TOKEN: ""});
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("TUSHARE_TOKEN is not set");
    expect(server?.requests.length).toBe(0);
    expect(await treeContents(dir)).toEqual(before);
  });

  it("exits 2 when the API has no quotes for the day (a holiday, or too early)", async () => {
    const dir = await dataWithoutDay();
    const before = await treeContents(dir);
    const run = await fetchDay(dir, (body) => (body.api_name === "daily" ? ok({fields: ["ts_code"], items: []}) : ok(fixtureTable(body))));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Tushare Pro has no daily quotes for 2025-06-24");
    expect(await treeContents(dir)).toEqual(before);
  });
});
