import {cp, readFile, rm, utimes, writeFile} from "node:fs/promises";
import {join} from "node:path";
import {gzipSync} from "node:zlib";
import {beforeEach, describe, expect, it} from "vitest";
import {createEffects, type Effects} from "../../src/io/index.ts";
import {formatIssue} from "../../src/snapshot/issue.ts";
import {copyBase, treeContents} from "../snapshot/dataDir.ts";

// Each test runs with new effects: nothing parsed by another test is in its caches.
let effects: Effects;
beforeEach(() => {
  effects = createEffects();
});
const loadDay = (dataDir: string, date: string) => effects.loadDay(dataDir, date);
const loadCacheStats = () => effects.stats();

/** Copies the 2025-06-23 folder under other dates (meta.json's date rewritten), as a stand-in for earlier days. */
async function addDays(dir: string, dates: string[], session = "close") {
  for (const date of dates) {
    await cp(join(dir, "2025-06-23"), join(dir, date), {recursive: true});
    const meta = JSON.parse(await readFile(join(dir, date, "meta.json"), "utf8"));
    await writeFile(join(dir, date, "meta.json"), JSON.stringify({...meta, date, session}));
  }
}

/** Weekdays from `from`, `n` of them, ascending. */
function weekdays(from: string, n: number): string[] {
  const out: string[] = [];
  for (let t = Date.parse(from); out.length < n; t += 86_400_000) {
    const d = new Date(t);
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) out.push(d.toISOString().slice(0, 10));
  }
  return out;
}

async function loadOk(dir: string, date: string) {
  const day = await loadDay(dir, date);
  if (!day.ok) throw new Error(day.issues.map(formatIssue).join("\n"));
  return day.value;
}

describe("loadDay(dataDir, date)", () => {
  it("loads the day with its calendar from the index history and the folders", async () => {
    const {snapshot, history} = await loadOk(await copyBase(), "2025-06-24");
    expect(snapshot.meta.date).toBe("2025-06-24");
    expect(snapshot.stocks.map((s) => s.code)).toEqual([
      "000001.SZ", "300750.SZ", "600000.SH", "600234.SH", "688981.SH", "830799.BJ",
    ]);
    // The exchanges' calendar from their first session, whatever the data holds: 06-19 and 06-20
    // are also in index-history.csv, 06-23 in a folder, 06-24 is the day itself.
    expect(history.calendar[0]).toBe("1990-12-19");
    expect(history.calendar.slice(-4)).toEqual(["2025-06-19", "2025-06-20", "2025-06-23", "2025-06-24"]);
    // Monday 2025-06-02 was the Dragon Boat Festival closure.
    expect(history.calendar.filter((d) => d >= "2025-05-30" && d <= "2025-06-03")).toEqual(["2025-05-30", "2025-06-03"]);
    expect(history.days.map((d) => d.meta.date)).toEqual(["2025-06-23"]);
  });

  it("merges index bars, the folder's indices.csv winning over index-history.csv", async () => {
    const {history} = await loadOk(await copyBase(), "2025-06-24");
    // index-history.csv says 3381.000 for 2025-06-23; the folder says 3381.580.
    expect(history.indexBars["000001.SH"]?.map((b) => [b.date, b.close])).toEqual([
      ["2025-06-19", 3362.11],
      ["2025-06-20", 3359.9],
      ["2025-06-23", 3381.58],
    ]);
    // Not in the history file at all: only the folder's bar. Nothing from the day itself.
    expect(history.indexBars["885431.TI"]?.map((b) => b.date)).toEqual(["2025-06-23"]);
    expect(Object.keys(history.indexBars)).toEqual(["000001.SH", "000300.SH", "399006.SZ", "881155.TI", "885431.TI"]);
  });

  it("leaves midday snapshots out of the earlier days and out of the index bars", async () => {
    const dir = await copyBase();
    await addDays(dir, ["2025-06-20"], "midday");
    const {history} = await loadOk(dir, "2025-06-24");
    expect(history.days.map((d) => d.meta.date)).toEqual(["2025-06-23"]);
    // The history file's 2025-06-20 bar (close 3359.900) stays; the midday quote (3381.580) does not replace it.
    expect(history.indexBars["000001.SH"]?.find((b) => b.date === "2025-06-20")?.close).toBe(3359.9);
    expect(history.indexBars["885431.TI"]?.map((b) => b.date)).toEqual(["2025-06-23"]);
  });

  it("keeps the earlier close sessions of the last 30 trading days, oldest first", async () => {
    const dir = await copyBase();
    // 35 weekdays from 2025-05-05 end on 2025-06-20; with 06-23 there are 36 earlier folders.
    const dates = weekdays("2025-05-05", 35);
    expect(dates.at(-1)).toBe("2025-06-20");
    await addDays(dir, dates);
    const {history} = await loadOk(dir, "2025-06-24");
    expect(history.days).toHaveLength(30);
    // The 30 trading days before 06-24: the last 29 copies plus 06-23; the first 6 copies fall out.
    expect(history.days[0]?.meta.date).toBe(dates[6]);
    expect(history.days.at(-1)?.meta.date).toBe("2025-06-23");
    // Index bars still come from every earlier folder, also those outside the window.
    expect(history.indexBars["885431.TI"]).toHaveLength(36);
  });

  it("counts the window in trading days of the calendar, not in folders", async () => {
    const dir = await copyBase();
    // A folder 31 trading days back (by index-history dates) is outside the window even though it is only the second folder.
    const lines = weekdays("2025-05-01", 31).map((d) => `${d},000001.SH,3300,3310,3290,3300`);
    await writeFile(join(dir, "index-history.csv"), ["date,code,open,high,low,close", ...lines].join("\n"));
    await addDays(dir, ["2025-05-01"]);
    await rm(join(dir, "2025-06-23"), {recursive: true});
    const {history} = await loadOk(dir, "2025-06-24");
    // 31 weekdays of history (05-01 … 06-12, real holidays among them: the data's dates count),
    // the exchanges' sessions 06-13 … 06-23 (7) and the day: 39.
    expect(history.calendar.filter((d) => d >= "2025-05-01")).toHaveLength(39);
    expect(history.days).toEqual([]);
    expect(history.indexBars["885431.TI"]?.map((b) => b.date)).toEqual(["2025-05-01"]);
  });

  it("reports an invalid earlier day with its own file, row and column", async () => {
    const dir = await copyBase();
    const path = join(dir, "2025-06-23", "stocks.csv");
    await writeFile(path, (await readFile(path, "utf8")).replace("13.28,13.05", "13.28,13.35"));
    const day = await loadDay(dir, "2025-06-24");
    expect(day.ok).toBe(false);
    // Row 2 is 600000.SH: high 13.28, now low 13.35.
    if (!day.ok) {
      expect(day.issues.map(formatIssue)).toEqual([
        `2025-06-23/stocks.csv:2:5: high "13.28" is below low "13.35"`,
      ]);
    }
  });

  it("reports a broken indices.csv of a folder outside the window too (its bars are used)", async () => {
    const dir = await copyBase();
    await addDays(dir, weekdays("2025-04-01", 31));
    const path = join(dir, "2025-04-01", "indices.csv");
    await writeFile(path, (await readFile(path, "utf8")).replace("SSE Composite,broad", "SSE Composite,wide"));
    const day = await loadDay(dir, "2025-06-24");
    expect(day.ok ? [] : day.issues.map(formatIssue)).toEqual([
      `2025-04-01/indices.csv:2:3: kind "wide" is not one of broad, industry, concept`,
    ]);
  });

  it("reads gzip-compressed CSV files, and reports a broken one", async () => {
    const dir = await copyBase();
    const csv = join(dir, "2025-06-24", "stocks.csv");
    await writeFile(`${csv}.gz`, gzipSync(await readFile(csv)));
    await rm(csv);
    expect((await loadOk(dir, "2025-06-24")).snapshot.stocks).toHaveLength(6);
    await writeFile(`${csv}.gz`, "not gzip");
    const day = await loadDay(dir, "2025-06-24");
    expect(day.ok ? [] : day.issues.map((i) => `${i.file}:${i.row}:${i.column}`)).toEqual(["2025-06-24/stocks.csv.gz:1:1"]);
  });

  it("says when the day has no folder", async () => {
    const day = await loadDay(await copyBase(), "2025-06-25");
    expect(day.ok ? [] : day.issues.map((i) => i.file)).toEqual(["2025-06-25"]);
  });

  it("writes nothing", async () => {
    const dir = await copyBase();
    const before = await treeContents(dir);
    await loadDay(dir, "2025-06-24");
    expect(await treeContents(dir)).toEqual(before);
  });
});

describe("loadDay's cache", () => {
  it("parses each day once across a backfill", async () => {
    const dir = await copyBase();
    const dates = weekdays("2025-06-02", 15); // 06-02 … 06-20
    await addDays(dir, dates);
    for (const date of [...dates, "2025-06-23", "2025-06-24"]) await loadOk(dir, date);
    // 17 folders, each parsed in full once (all within 30 trading days, so no indices-only parse); the index history once.
    const stats = loadCacheStats();
    expect(stats.days.misses).toBe(17);
    expect(stats.indices.misses).toBe(0);
    expect(stats.history.misses).toBe(1);
  });

  it("parses only meta.json and indices.csv of days beyond the window, once each", async () => {
    const dir = await copyBase();
    await addDays(dir, weekdays("2025-04-01", 31)); // 04-01 … 05-13
    await loadOk(dir, "2025-06-24");
    await loadOk(dir, "2025-06-24");
    // The 30 sessions before 06-24 run back to 05-12 on the exchanges' calendar (06-02 was a
    // holiday), so of the copies only 05-12 and 05-13 are inside the window; 29 are outside.
    expect(loadCacheStats().indices.misses).toBe(29);
    // Full parses: 06-24, 06-23 and the 2 copies inside the window, each once over both loads.
    expect(loadCacheStats().days.misses).toBe(4);
  });

  it("parses a file again when it changes", async () => {
    const dir = await copyBase();
    const before = await loadOk(dir, "2025-06-24");
    const path = join(dir, "2025-06-24", "meta.json");
    await writeFile(path, (await readFile(path, "utf8")).replace("test fixture", "another fixture"));
    // Same size, so the modification time must tell: move it well away from the first write.
    await utimes(path, new Date("2030-01-01"), new Date("2030-01-01"));
    const after = await loadOk(dir, "2025-06-24");
    expect(before.snapshot.meta.source).toContain("test fixture");
    expect(after.snapshot.meta.source).toContain("another fixture");
    expect(loadCacheStats().days.misses).toBe(3); // 06-24 twice, 06-23 once
  });
});
