import {createHash} from "node:crypto";
import * as vega from "vega";
import * as vegaLite from "vega-lite";
import {readCached, writeCached} from "../io/chartCache.ts";

/**
 * Vega-Lite spec → static SVG, rendered once per distinct spec. Vega costs ~8 ms a chart;
 * a site of 250 briefs has 1,500 charts, so SVGs are cached on disk by the hash of the spec
 * and the renderer versions, and a rebuild only renders what changed.
 */
const RENDERER = `vega@${vega.version}+vega-lite@${vegaLite.version}`;

export function chartHash(spec: unknown): string {
  return createHash("sha256").update(RENDERER).update("\0").update(JSON.stringify(spec)).digest("hex");
}

const memory = new Map<string, string>();

export async function renderChartSvg(spec: Record<string, unknown>): Promise<string> {
  const key = chartHash(spec);
  const hit = memory.get(key) ?? (await readCached(key, "svg"));
  if (hit !== null && hit !== undefined) {
    memory.set(key, hit);
    return hit;
  }
  const compiled = vegaLite.compile(spec as unknown as vegaLite.TopLevelSpec).spec;
  const view = new vega.View(vega.parse(compiled), {renderer: "none"});
  const svg = await view.toSVG();
  view.finalize();
  memory.set(key, svg);
  await writeCached(key, "svg", svg);
  return svg;
}
