import {randomUUID} from "node:crypto";
import {mkdtemp} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {diskCache} from "../../src/io/diskCache.ts";
import type {Parsed} from "../../src/snapshot/issue.ts";

const identity = {encode: (v: number[]) => v, decode: (s: number[]) => s};

// A cache in its own new folder: what one test stores no other test can see.
const diskCached = diskCache(await mkdtemp(join(tmpdir(), "mb-disk-cache-")));

describe("diskCache(dir)(kind, bytes, parse, codec)", () => {
  it("parses given bytes once, then reads the stored result back", async () => {
    // Fresh bytes per run, so that an entry from an earlier run cannot answer.
    const bytes = new TextEncoder().encode(randomUUID());
    let parses = 0;
    const parse = (): Parsed<number[]> => ({ok: true, value: [++parses, 2.5], warnings: []});
    expect(await diskCached("test", bytes, parse, identity)).toEqual({ok: true, value: [1, 2.5], warnings: []});
    expect(await diskCached("test", bytes, parse, identity)).toEqual({ok: true, value: [1, 2.5], warnings: []});
    expect(parses).toBe(1);
  });

  it("never stores a result with errors", async () => {
    const bytes = new TextEncoder().encode(randomUUID());
    let parses = 0;
    const parse = (): Parsed<number[]> => {
      parses += 1;
      return {ok: false, issues: [{file: "f", row: 1, column: 1, message: "bad"}], warnings: []};
    };
    await diskCached("test", bytes, parse, identity);
    await diskCached("test", bytes, parse, identity);
    expect(parses).toBe(2);
  });
});
