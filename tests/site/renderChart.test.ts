import {mkdtemp, readFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {beforeAll, describe, expect, it} from "vitest";

// The chart cache in a scratch folder (set before the modules read it), so the test neither
// reads the real cache nor leaves anything in it.
process.env.MARKET_BRIEF_CACHE = await mkdtemp(join(tmpdir(), "mb-render-chart-"));
const {chartHash, chartPngPath, renderChartSvg, renderSvgUncached} = await import("../../src/site/renderChart.ts");
const {renderSvgsInPool, startChartPool} = await import("../../src/site/chartPool.ts");
const {setChartRenders} = await import("../../src/site/chartRenders.ts");
const {cachedPath} = await import("../../src/io/chartCache.ts");

const bars = (n: number) => ({
  $schema: "https://vega.github.io/schema/vega-lite/v6.json",
  description: `bars ${n}`,
  data: {values: Array.from({length: 8}, (_, i) => ({name: `s${i}`, pct: ((i * 7 + n) % 11) - 5}))},
  mark: "bar",
  encoding: {y: {field: "name", type: "nominal"}, x: {field: "pct", type: "quantitative"}, color: {value: "#d9443f"}},
});

describe("chart rendering", () => {
  let specs: Record<string, unknown>[];
  beforeAll(() => {
    specs = [1, 2, 3, 4, 5].map(bars);
  });

  it("renders a chart to lean SVG without Vega's per-mark ARIA or classes", async () => {
    const svg = await renderSvgUncached(specs[0] as Record<string, unknown>);
    expect(svg).toMatch(/^<svg\b/);
    expect(svg).toContain("<path");
    expect(svg).not.toMatch(/\s(role|aria-label|aria-roledescription|class)=/);
    // One decimal at most: the coordinates are what makes Vega's markup large.
    expect(svg).not.toMatch(/\d\.\d\d/);
  });

  it("keeps a label's text that reads like an attribute", async () => {
    const spec = {data: {values: [{name: 'x role="y" class="z"', pct: 1}]}, mark: "bar", encoding: {y: {field: "name", type: "nominal"}, x: {field: "pct", type: "quantitative"}}};
    const svg = await renderSvgUncached(spec);
    expect(svg).toMatch(/>x role=(?:"|&quot;)y(?:"|&quot;) class=(?:"|&quot;)z(?:"|&quot;)</);
    expect(svg).not.toMatch(/\s(role|aria-label)="/);
  });

  it("renders the same bytes in the pool's worker threads as in this thread, into the cache pages read", async () => {
    await renderSvgsInPool(specs, 2, 0);
    for (const spec of specs) {
      const cached = await readFile(cachedPath(chartHash(spec), "svg"), "utf8");
      expect(cached).toBe(await renderSvgUncached(spec));
      expect(await renderChartSvg(spec)).toBe(cached);
    }
  });

  it("stops the pool and reports a chart that cannot render", async () => {
    await expect(renderSvgsInPool([{mark: "no-such-mark"}, ...specs], 2, 0)).rejects.toThrow(/chart render failed/);
  });

  it("renders a few charts in this thread, into the same cache", async () => {
    const few = [6, 7].map(bars);
    await renderSvgsInPool(few);
    for (const spec of few) expect(await readFile(cachedPath(chartHash(spec), "svg"), "utf8")).toBe(await renderSvgUncached(spec));
  });

  it("gives a page the chart it claims ahead of the queue, while the rest go on", async () => {
    const queued = [10, 11, 12, 13, 14, 15].map(bars);
    const keyed = new Map(queued.map((spec) => [chartHash(spec), {spec}]));
    // One worker, so the chart last in the queue is certainly not started when the page asks.
    const pool = startChartPool(keyed, new Map(), 1, 0);
    setChartRenders(pool);
    try {
      const last = queued[queued.length - 1] as Record<string, unknown>;
      const svg = await renderChartSvg(last);
      // The worker had begun the first chart when the page asked; it then took the claimed one.
      const before = await Promise.all(queued.slice(1, -1).map((s) => readFile(cachedPath(chartHash(s), "svg")).then(() => true, () => false)));
      expect(before).toEqual([false, false, false, false]);
      expect(svg).toBe(await renderSvgUncached(last));
      await pool.done;
      for (const spec of queued) expect(await readFile(cachedPath(chartHash(spec), "svg"), "utf8")).toBe(await renderSvgUncached(spec));
    } finally {
      setChartRenders(null);
    }
    // A chart the pool was never given is the page's to render.
    expect(pool.claim(chartHash(bars(99)))).toBeNull();
  });

  it("fails every claim once a chart cannot render, and the build with it", async () => {
    const bad = {mark: "no-such-mark"};
    const good = [16, 17].map(bars);
    const pool = startChartPool(new Map([bad, ...good].map((spec) => [chartHash(spec), {spec}])), new Map(), 1, 0);
    await expect(pool.done).rejects.toThrow(/chart render failed/);
    await expect(pool.claim(chartHash(good[1])) as Promise<void>).rejects.toThrow(/chart render failed/);
  });

  it("makes the PNGs it is given in its workers, after the SVGs, into the cache the build publishes from", async () => {
    const charts = [20, 21].map(bars);
    const keyed = new Map(charts.map((spec) => [chartHash(spec), {spec}]));
    await startChartPool(keyed, keyed, 2, 0).done;
    for (const spec of charts) {
      const png = await readFile(cachedPath(chartHash(spec), "p16.png"));
      expect(png.subarray(1, 4).toString()).toBe("PNG");
      expect(await chartPngPath(spec)).toBe(cachedPath(chartHash(spec), "p16.png"));
    }
  });

  it("makes a PNG of a chart on request, and caches it", async () => {
    const path = await chartPngPath(specs[1] as Record<string, unknown>);
    const png = await readFile(path);
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect(png.length).toBeGreaterThan(1000);
    expect(await chartPngPath(specs[1] as Record<string, unknown>)).toBe(path);
  });
});
