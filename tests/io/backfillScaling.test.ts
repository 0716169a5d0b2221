import {mkdir, mkdtemp} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it, vi} from "vitest";
import {createEffects} from "../../src/io/index.ts";
import {MAX_EARLIER_ISSUES} from "../../src/io/loadDay.ts";

// Every synchronous stat and folder listing the loader and the hash make, counted.
const calls = vi.hoisted(() => ({count: 0}));
vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs")>();
  const counted = {
    ...fs,
    statSync: ((...args: Parameters<typeof fs.statSync>) => {
      calls.count += 1;
      return fs.statSync(...args);
    }) as typeof fs.statSync,
    readdirSync: ((...args: Parameters<typeof fs.readdirSync>) => {
      calls.count += 1;
      return fs.readdirSync(...args);
    }) as typeof fs.readdirSync,
  };
  return {...counted, default: counted};
});

/** A data folder of `n` empty day folders, on weekdays from 2001-01-01. */
async function emptyDays(n: number): Promise<{dir: string; dates: string[]}> {
  const dir = await mkdtemp(join(tmpdir(), "mb-scale-"));
  const dates: string[] = [];
  for (let t = Date.parse("2001-01-01"); dates.length < n; t += 86_400_000) {
    const d = new Date(t);
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) dates.push(d.toISOString().slice(0, 10));
  }
  for (const date of dates) await mkdir(join(dir, date));
  return {dir, dates};
}

/** A backfill as the CLI runs it: hash, then load, every day in order, with one effects object. */
async function backfill(n: number) {
  const {dir, dates} = await emptyDays(n);
  const effects = createEffects({cacheDir: join(dir, ".cache")});
  calls.count = 0;
  let mostIssues = 0;
  for (const date of dates) {
    await effects.snapshotHash(dir, date);
    const day = await effects.loadDay(dir, date);
    if (!day.ok) mostIssues = Math.max(mostIssues, day.issues.length);
  }
  return {fsCalls: calls.count, indexParses: effects.stats().indices.misses, mostIssues};
}

describe("a backfill over many day folders", () => {
  // Regression: `npm run brief -- --all` over 10,000 empty day folders printed nothing in 120 s:
  // each day stat'ed every earlier folder (hash and load) and repeated every earlier error.
  it("looks at each folder a bounded number of times, not once per later day", async () => {
    const small = await backfill(150);
    const large = await backfill(300);
    // Linear work doubles with twice the folders; walking every earlier folder each day would
    // quadruple it. Per day: the day and the 30-folder window (hash and load), plus one new
    // older folder each for the hash's chain and the loader's bars.
    expect(large.fsCalls / small.fsCalls).toBeLessThan(2.3);
    expect(large.fsCalls / 300).toBeLessThan(200);
    // Each folder before the window is parsed for its index bars once: 300 − 30 window folders − the last day.
    expect(large.indexParses).toBe(300 - 31);
    // A day's own 4 errors, its window's 30 × 4, and at most MAX_EARLIER_ISSUES + 1 lines for the rest.
    expect(large.mostIssues).toBeLessThanOrEqual(4 + 30 * 4 + MAX_EARLIER_ISSUES + 1);
  }, 120_000);
});
