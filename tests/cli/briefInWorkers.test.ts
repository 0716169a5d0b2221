import {describe, expect, it} from "vitest";
import {briefInWorkers, contiguousRuns} from "../../src/cli/briefInWorkers.ts";
import type {DayOutcome, SnapshotRef} from "../../src/cli/generateDay.ts";
import {failureOutcome} from "../../src/cli/main.ts";

const FAKE = new URL("./fixtures/fakeBriefWorker.ts", import.meta.url);

describe("contiguousRuns(items, parts)", () => {
  it("cuts in order into runs whose lengths differ by one at most, longer runs first", () => {
    // 10 = 4 + 3 + 3
    expect(contiguousRuns([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 3)).toEqual([[1, 2, 3, 4], [5, 6, 7], [8, 9, 10]]);
  });

  it("makes no empty run when there are fewer items than parts", () => {
    expect(contiguousRuns(["a", "b"], 4)).toEqual([["a"], ["b"]]);
    expect(contiguousRuns([], 2)).toEqual([]);
  });
});

/** Twelve snapshots in time order, a midday one among them. */
const SNAPSHOTS: SnapshotRef[] = [
  ...["2025-06-03", "2025-06-04", "2025-06-05", "2025-06-06", "2025-06-09", "2025-06-10"].map((date) => ({date, midday: false})),
  {date: "2025-06-11", midday: true},
  ...["2025-06-11", "2025-06-12", "2025-06-13", "2025-06-16", "2025-06-17"].map((date) => ({date, midday: false})),
];

const options = (contentDir: string) => ({dataDir: "data", contentDir, generator: "test", force: false});

describe("briefInWorkers(snapshots, options)", () => {
  it("returns every outcome in time order, though later runs finish first, and reports each as it comes", async () => {
    const heard: string[] = [];
    const outcomes = await briefInWorkers(SNAPSHOTS, options("ok"), {threads: 2, worker: FAKE, onOutcome: (o: DayOutcome) => heard.push(o.label)});
    expect(outcomes.map((o) => o.label)).toEqual(SNAPSHOTS.map((s) => (s.midday ? `${s.date} midday` : s.date)));
    // The first run waits 500 ms before its first day: the second (from 2025-06-11 midday) is heard first.
    expect(heard[0]).toBe("2025-06-11 midday");
    expect([...heard].sort()).toEqual(outcomes.map((o) => o.label).sort());
  });

  // The other worker never finishes in these: waiting for it would time the test out.
  it("throws a worker's error (our bug: exit 1) instead of waiting for the other workers", async () => {
    const error = await briefInWorkers(SNAPSHOTS, options("throw"), {threads: 2, worker: FAKE}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe("injected: a bug in a backfill worker");
    const outcome = failureOutcome(error, "");
    expect(outcome.code).toBe(1);
    expect(outcome.text).toMatch(/^internal error \(a bug in Market Brief, please report it\):\nError: injected: a bug in a backfill worker\n/);
  });

  it("keeps a file system error's code and path from a worker, so the operator sees it as in one thread (exit 2)", async () => {
    const error = await briefInWorkers(SNAPSHOTS, options("fs-error"), {threads: 2, worker: FAKE}).catch((e: unknown) => e);
    expect(failureOutcome(error, "")).toEqual({code: 2, text: "error: /nonexistent-market-brief/folder/file: no such file or folder (ENOENT)\n"});
  });

  it("fails, not hangs, when a worker ends before its last day", async () => {
    await expect(briefInWorkers(SNAPSHOTS, options("exit"), {threads: 2, worker: FAKE})).rejects.toThrow(
      "a backfill worker stopped (exit code 3) before it had briefed 2025-06-11",
    );
  });
});
