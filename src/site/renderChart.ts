import {createHash} from "node:crypto";
import * as vega from "vega";
import * as vegaLite from "vega-lite";
import {optimize} from "svgo";
import {access, readFile} from "node:fs/promises";
import {cachedPath, readCached, writeCached} from "../io/chartCache.ts";

/**
 * Vega-Lite spec → static SVG, rendered once per distinct spec. Vega costs ~8 ms a chart;
 * a site of 250 briefs has 1,500 charts, so SVGs are cached on disk by the hash of the spec
 * and the renderer versions, and a rebuild only renders what changed.
 */
const RENDERER = `vega@${vega.version}+vega-lite@${vegaLite.version}+svgo@4+precision1+bare`;

/**
 * Vega's SVG repeats default attributes and prints coordinates to many decimals; svgo's default
 * preset with one decimal keeps the picture and cuts the markup by more than half (a brief's six
 * inline charts fall from ~130 KB to ~55 KB), which is most of a page's weight.
 */
const shrink = (svg: string): string =>
  optimize(svg, {
    floatPrecision: 1,
    plugins: [
      "preset-default",
      // Vega labels every mark for screen readers; inside our role="img" (named and described by
      // the figure's caption, with the data table beside it) those labels are never read, and
      // once svgo drops the roles they would be ARIA on role-less elements. Classes style nothing.
      {name: "removeAttrs", params: {attrs: ["role", "aria-label", "aria-roledescription", "aria-hidden", "class"]}},
    ],
  }).data;

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
  const svg = shrink(await view.toSVG());
  view.finalize();
  memory.set(key, svg);
  await writeCached(key, "svg", svg);
  return svg;
}

/**
 * The chart as a PNG for feed readers and social cards, which drop inline SVG. Rendered from the
 * SVG at 2× density on white (currentColor text becomes black), cached like the SVG; the path of
 * the cached file, so that a build copies it without reading it.
 */
export async function chartPngPath(spec: Record<string, unknown>): Promise<string> {
  const key = chartHash(spec);
  const path = cachedPath(key, PNG_EXT);
  if (await exists(path)) return path;
  const {default: sharp} = await import("sharp");
  const svg = await renderChartSvg(spec);
  const png = await sharp(Buffer.from(svg), {density: 144}).flatten({background: "#ffffff"}).png(PNG_OPTIONS).toBuffer();
  await writeCached(key, PNG_EXT, png);
  return path;
}

/**
 * A chart has a few flat colours, so a 256-colour palette keeps it looking the same at half
 * the bytes of a full-colour PNG (~26 KB against ~51 KB), for feed readers and for every build's
 * output; the quickest quantisation costs no more time than full colour. The cache entry's
 * name carries the format, so a change of options renders afresh.
 */
const PNG_OPTIONS = {compressionLevel: 9, palette: true, effort: 1} as const;
const PNG_EXT = "palette.png";

const exists = (path: string) => access(path).then(() => true, () => false);

export async function renderChartPng(spec: Record<string, unknown>): Promise<Uint8Array> {
  return readFile(await chartPngPath(spec));
}
