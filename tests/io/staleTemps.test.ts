import {mkdir, mkdtemp, readdir, utimes, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {removeStaleBriefTemps, removeStaleTemps, STALE_AFTER_MS} from "../../src/io/staleTemps.ts";

// Above Linux's largest pid_max (2^22): never a running process.
const GONE = 99_999_999;

describe("removeStaleTemps(dir)", () => {
  // Regression: a killed run left .DATE.mdx.PID.N.tmp files that no run ever removed.
  it("removes our temporary files whose process is gone, or that are over an hour old, and nothing else", async () => {
    const dir = await mkdtemp(join(tmpdir(), "mb-stale-"));
    const names = {
      gone: `.2025-06-24.mdx.${GONE}.1.tmp`,
      goneFacts: `.2025-06-24.facts.json.${GONE}.2.tmp`,
      running: `.2025-06-24.charts.json.${process.ppid}.3.tmp`,
      runningOld: `.2025-06-23.mdx.${process.ppid}.4.tmp`,
      ours: `.2025-06-23.mdx.${process.pid}.5.tmp`,
      brief: "2025-06-24.mdx",
      notOurs: `.notes.md.${GONE}.1.tmp`,
      noCounter: `.2025-06-24.mdx.${GONE}.tmp`,
    };
    for (const name of Object.values(names)) await writeFile(join(dir, name), "x");
    const now = Date.now();
    const twoHoursAgo = new Date(now - 2 * STALE_AFTER_MS);
    await utimes(join(dir, names.runningOld), twoHoursAgo, twoHoursAgo);
    const removed = await removeStaleTemps(dir, {now});
    // In name order: 06-23 before 06-24, facts before mdx.
    expect(removed).toEqual([names.runningOld, names.goneFacts, names.gone].map((n) => join(dir, n)));
    expect((await readdir(dir)).sort()).toEqual([names.ours, names.running, names.brief, names.notOurs, names.noCounter].sort());
  });

  it("removes a midday brief's temporary files too (DATE.midday.*)", async () => {
    const dir = await mkdtemp(join(tmpdir(), "mb-stale-midday-"));
    const gone = `.2025-06-25.midday.mdx.${GONE}.1.tmp`;
    await writeFile(join(dir, gone), "x");
    expect(await removeStaleTemps(dir, {now: Date.now()})).toEqual([join(dir, gone)]);
  });

  it("removes a worker thread's temporary files (PID-THREAD) when their process is gone", async () => {
    const dir = await mkdtemp(join(tmpdir(), "mb-stale-thread-"));
    const gone = `.2025-06-24.mdx.${GONE}-2.1.tmp`;
    const ours = `.2025-06-24.facts.json.${process.pid}-2.1.tmp`;
    for (const name of [gone, ours]) await writeFile(join(dir, name), "x");
    expect(await removeStaleTemps(dir, {now: Date.now()})).toEqual([join(dir, gone)]);
    expect(await readdir(dir)).toEqual([ours]);
  });

  it("does nothing for a folder that does not exist", async () => {
    expect(await removeStaleTemps(join(tmpdir(), "mb-no-such-folder-5c1e"))).toEqual([]);
  });
});

describe("removeStaleBriefTemps(contentDir)", () => {
  it("clears both editions' folders", async () => {
    const content = await mkdtemp(join(tmpdir(), "mb-stale-content-"));
    await mkdir(join(content, "briefs", "zh"), {recursive: true});
    await writeFile(join(content, "briefs", `.2025-06-24.mdx.${GONE}.1.tmp`), "x");
    await writeFile(join(content, "briefs", "zh", `.2025-06-24.charts.json.${GONE}.2.tmp`), "x");
    expect(await removeStaleBriefTemps(content)).toHaveLength(2);
    expect(await readdir(join(content, "briefs"))).toEqual(["zh"]);
    expect(await readdir(join(content, "briefs", "zh"))).toEqual([]);
  });
});
