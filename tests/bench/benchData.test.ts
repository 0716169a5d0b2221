import {mkdtemp, readdir, readFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {makeBenchData} from "../../src/bench/benchData.ts";

describe("makeBenchData(sample, out, days)", () => {
  it("ends on the same sample day however many days it makes, so the weighed page differs only by the archive behind it", async () => {
    const closes: string[] = [];
    for (const f of (await readdir("data")).filter((n) => /^\d{4}-\d{2}-\d{2}$/.test(n)).sort()) {
      if ((JSON.parse(await readFile(join("data", f, "meta.json"), "utf8")) as {session: string}).session === "close") closes.push(f);
    }
    const first = await readFile(join("data", closes[0] as string, "stocks.csv.gz"));
    for (const days of [2, 5]) {
      const out = await mkdtemp(join(tmpdir(), "mb-bench-data-"));
      const dates = await makeBenchData("data", out, days);
      expect(dates).toHaveLength(days);
      const last = dates[days - 1] as string;
      expect((await readFile(join(out, last, "stocks.csv.gz"))).equals(first), `${days} days`).toBe(true);
      expect((JSON.parse(await readFile(join(out, last, "meta.json"), "utf8")) as {date: string}).date).toBe(last);
    }
  });
});
