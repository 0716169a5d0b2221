import {describe, expect, it} from "vitest";
import {parseCache} from "../../src/io/parseCache.ts";

describe("parseCache(maxEntries)", () => {
  it("computes a key once and counts hits and misses", async () => {
    const cache = parseCache(2);
    let calls = 0;
    const compute = async () => ++calls;
    expect(await cache.get("a", compute)).toBe(1);
    expect(await cache.get("a", compute)).toBe(1);
    expect(cache.stats()).toEqual({hits: 1, misses: 1, size: 1});
  });

  it("drops the least recently used entry beyond its bound", async () => {
    const cache = parseCache(2);
    await cache.get("a", async () => "a");
    await cache.get("b", async () => "b");
    await cache.get("a", async () => "a again"); // a is now the most recent
    await cache.get("c", async () => "c"); // b goes
    expect(await cache.get("a", async () => "recomputed")).toBe("a");
    expect(await cache.get("b", async () => "recomputed")).toBe("recomputed");
  });
});
