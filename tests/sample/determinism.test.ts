import {describe, expect, it} from "vitest";
import {generateSample} from "../../src/sample/index.ts";

const SMALL = {seed: 7, scale: 0.05}; // about 270 stocks: fast, same code paths

describe("generateSample(options)", () => {
  const first = generateSample(SMALL);

  it("gives the same bytes for the same seed", () => {
    const second = generateSample(SMALL);
    expect([...second.keys()]).toEqual([...first.keys()]);
    for (const [path, data] of first) expect(Buffer.from(second.get(path) as string | Uint8Array).equals(Buffer.from(data)), path).toBe(true);
  });

  it("gives other prices for another seed", () => {
    const other = generateSample({...SMALL, seed: 8});
    const a = Buffer.from(first.get("2025-06-24/stocks.csv.gz") as Uint8Array);
    const b = Buffer.from(other.get("2025-06-24/stocks.csv.gz") as Uint8Array);
    expect(a.equals(b)).toBe(false);
  });

  it("writes gzip without a file name or timestamp, at level 9, with the OS byte fixed", () => {
    const gz = first.get("index-history.csv.gz") as Uint8Array;
    expect([gz[0], gz[1], gz[2]]).toEqual([0x1f, 0x8b, 8]);
    expect(gz[3]).toBe(0); // FLG: no FNAME, FCOMMENT, FEXTRA
    expect([gz[4], gz[5], gz[6], gz[7]]).toEqual([0, 0, 0, 0]); // MTIME 0
    expect(gz[8]).toBe(2); // XFL 2: maximum compression
    expect(gz[9]).toBe(255); // OS unknown
  });

  it("writes a folder for every sample day, the last one a midday session", () => {
    const days = [...first.keys()].filter((p) => p.endsWith("/meta.json")).map((p) => p.slice(0, 10));
    expect(days).toHaveLength(27);
    expect(days[0]).toBe("2025-05-19");
    expect(JSON.parse(first.get("2025-06-25/meta.json") as string).session).toBe("midday");
    expect(days).not.toContain("2025-06-02");
  });
});
