import {mkdir, mkdtemp, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";

// A content folder with one day's charts in each edition, and a scratch chart cache; both are
// read when the modules load, so they are set first.
const root = await mkdtemp(join(tmpdir(), "mb-chart-files-"));
process.env.MARKET_BRIEF_CONTENT = join(root, "content");
process.env.MARKET_BRIEF_CACHE = join(root, "cache");
const chart = (id: string, label: string) => ({
  id,
  title: label,
  description: `${label} by day`,
  spec: {data: {values: [{x: label, y: 1}, {x: "b", y: 2}]}, mark: "bar", encoding: {x: {field: "x", type: "nominal"}, y: {field: "y", type: "quantitative"}}},
  table: {columns: ["x", "y"], rows: [[label, "1"], ["b", "2"]]},
});
const day = "2026-03-02";
await mkdir(join(root, "content", "briefs", "zh"), {recursive: true});
await writeFile(join(root, "content", "briefs", `${day}.charts.json`), JSON.stringify([chart(`${day}-a`, "a"), chart(`${day}-b`, "a2")]));
await writeFile(join(root, "content", "briefs", "zh", `${day}.charts.json`), JSON.stringify([chart(`${day}-a`, "甲"), chart(`${day}-b`, "乙")]));
const {allChartFiles, chartFilePath, namedPngs} = await import("../../src/site/chartFiles.ts");

describe("the chart files a build publishes", () => {
  it("has a spec and a CSV for every chart, and a PNG only for the charts the site names as images", async () => {
    // A page's social card or a feed item names its PNG through chartFilePath.
    expect(chartFilePath("png", `${day}-b`, "zh-CN")).toBe(`/zh/briefs/${day}/charts/${day}-b.png`);
    expect([...namedPngs()]).toEqual([`zh-CN/${day}-b`]);
    const files = [];
    for await (const f of allChartFiles(namedPngs())) files.push(f.path);
    expect(files.sort()).toEqual(
      [
        `briefs/${day}/charts/${day}-a.vl.json`,
        `briefs/${day}/charts/${day}-b.vl.json`,
        `briefs/${day}/data/${day}-a.csv`,
        `briefs/${day}/data/${day}-b.csv`,
        `zh/briefs/${day}/charts/${day}-a.vl.json`,
        `zh/briefs/${day}/charts/${day}-b.png`,
        `zh/briefs/${day}/charts/${day}-b.vl.json`,
        `zh/briefs/${day}/data/${day}-a.csv`,
        `zh/briefs/${day}/data/${day}-b.csv`,
      ].sort(),
    );
  });
});
