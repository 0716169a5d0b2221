import {describe, expect, it} from "vitest";
import {readFileSync} from "node:fs";
import {Ajv} from "ajv";
import * as vega from "vega";
import * as vegaLite from "vega-lite";
import {createEffects} from "../../src/io/index.ts";

const {loadDay} = createEffects();
import {computeFacts} from "../../src/analytics/index.ts";
import {composeBrief} from "../../src/compose/index.ts";

// The schema Vega-Lite itself publishes, for the version we render with.
const schema = JSON.parse(readFileSync("node_modules/vega-lite/build/vega-lite-schema.json", "utf8"));
const validate = new Ajv({strict: false, allErrors: true, validateFormats: false}).compile(schema);

async function goldenCharts() {
  const loaded = await loadDay("tests/golden/small/data", "2025-06-24");
  if (!loaded.ok) throw new Error("golden snapshot does not load");
  return composeBrief(computeFacts(loaded.value).facts).charts;
}

describe("the day's chart specs", () => {
  it("are valid Vega-Lite by the published JSON schema", async () => {
    const charts = await goldenCharts();
    expect(charts.length).toBeGreaterThanOrEqual(5);
    for (const chart of charts) {
      const ok = validate(chart.spec);
      expect(ok, `${chart.id}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
    }
  });

  it("render to SVG without Vega warnings, with a title, description and data table", async () => {
    for (const chart of await goldenCharts()) {
      const warnings: string[] = [];
      const logger = {...vega.logger(vega.Warn), warn: (...args: unknown[]) => (warnings.push(args.join(" ")), logger)};
      const view = new vega.View(vega.parse(vegaLite.compile(chart.spec as never).spec), {renderer: "none", logger: logger as never});
      const svg = await view.toSVG();
      view.finalize();
      expect(svg.startsWith("<svg")).toBe(true);
      expect(warnings, chart.id).toEqual([]);
      expect(chart.title.length).toBeGreaterThan(5);
      expect(chart.description).toMatch(/^[A-Z].*\.$/);
      expect(chart.table.rows.length).toBeGreaterThan(0);
      for (const row of chart.table.rows) expect(row).toHaveLength(chart.table.columns.length);
    }
  });

  it("label the ladder's bars with each streak's gain as the data table prints it", async () => {
    const ladder = (await goldenCharts()).find((c) => c.id.endsWith("-ladder"));
    if (!ladder) throw new Error("the golden day has no ladder chart");
    const view = new vega.View(vega.parse(vegaLite.compile(ladder.spec as never).spec), {renderer: "none"});
    const svg = await view.toSVG();
    view.finalize();
    const labels = [...svg.matchAll(/>([+-]\d+\.\d\d%)</g)].map((m) => m[1]).sort();
    expect(labels.length).toBeGreaterThan(0);
    expect(labels).toEqual(ladder.table.rows.map((row) => row[3]).sort());
  });
});
