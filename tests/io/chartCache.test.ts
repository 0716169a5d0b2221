import {mkdtemp, readdir, utimes, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {pruneChartCache} from "../../src/io/chartCache.ts";

/** A cache folder with `count` entries "e0.svg"…, entry i written i minutes after the first. */
async function cacheWith(count: number): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "mb-chart-cache-"));
  const start = Date.parse("2026-01-01T00:00:00Z") / 1000;
  for (let i = 0; i < count; i++) {
    const path = join(dir, `e${i}.svg`);
    await writeFile(path, `<svg>${i}</svg>`);
    await utimes(path, start + i * 60, start + i * 60);
  }
  return dir;
}

describe("pruneChartCache(keep, margin, dir)", () => {
  it("keeps what the site uses and the newest `margin` others, and removes the rest", async () => {
    const dir = await cacheWith(10);
    // The site uses two old entries; three other entries may stay: the newest three.
    const removed = await pruneChartCache(new Set(["e0.svg", "e1.svg"]), 3, dir);
    expect(removed).toBe(5);
    expect((await readdir(dir)).sort()).toEqual(["e0.svg", "e1.svg", "e7.svg", "e8.svg", "e9.svg"]);
  });

  it("bounds the cache however many builds wrote into it: site + margin files", async () => {
    const dir = await cacheWith(40);
    const keep = new Set(["e3.svg", "e20.svg"]);
    await pruneChartCache(keep, 5, dir);
    // A later day's build wrote more charts; pruning again keeps the bound.
    for (let i = 40; i < 60; i++) await writeFile(join(dir, `e${i}.svg`), "<svg/>");
    await pruneChartCache(keep, 5, dir);
    expect((await readdir(dir)).length).toBe(7);
    expect(await readdir(dir)).toEqual(expect.arrayContaining(["e3.svg", "e20.svg"]));
  });

  it("removes nothing while the unused entries fit in the margin, and tolerates a missing folder", async () => {
    const dir = await cacheWith(4);
    expect(await pruneChartCache(new Set(), 4, dir)).toBe(0);
    expect((await readdir(dir)).length).toBe(4);
    expect(await pruneChartCache(new Set(), 4, join(dir, "absent"))).toBe(0);
  });
});
