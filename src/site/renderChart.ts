import {createHash} from "node:crypto";
import * as vega from "vega";
import * as vegaLite from "vega-lite";
import {optimize, type Config} from "svgo";
import {access, readFile} from "node:fs/promises";
import {cachedPath, readCached, writeCached} from "../io/chartCache.ts";
import {claimChartRender} from "./chartRenders.ts";

/**
 * Vega-Lite spec → static SVG. Vega costs ~15 ms a chart and a site of 250 briefs in two editions
 * has ~3,000 charts, so SVGs are cached on disk by the hash of the spec and the renderer's
 * versions and options: a rebuild renders only what changed. A cold build renders the missing
 * charts on worker threads beside the bundling and the pages (chartPool.ts); a page takes its
 * chart from the cache, waits for the worker rendering it, or renders it itself.
 */
const RENDERER = `vega@${vega.version}+vega-lite@${vegaLite.version}+svgo@4+lean2+bare`;

/**
 * Vega's SVG repeats default attributes and prints coordinates to many decimals. svgo's default
 * preset runs 34 plugins, most of which find nothing in Vega's output (no doctype, comments,
 * styles, editor data, ids) yet each walks the tree. Profiled over 300 charts, svgo was 30% of a
 * chart's cost (more than Vega-Lite's compile), most of it in style computation and attribute
 * removal. These twelve plugins at one decimal shrink a chart as far as the preset did (~18 KB →
 * ~3.5 KB) in about half its time; nothing changes in the picture.
 */
const LEAN_PLUGINS = [
  "removeUnknownsAndDefaults",
  "removeHiddenElems",
  "convertShapeToPath",
  "moveElemsAttrsToGroup",
  "collapseGroups",
  "convertPathData",
  "convertTransform",
  "mergePaths",
  "cleanupNumericValues",
  "removeEmptyContainers",
  "removeEmptyAttrs",
  "removeUnusedNS",
] as const;

const SVGO: Config = {multipass: false, plugins: LEAN_PLUGINS.map((name) => ({name, params: {floatPrecision: 1}}) as never)};

/**
 * Vega labels every mark for screen readers; inside our role="img" (named and described by the
 * figure's caption, with the data table beside it) those labels are never read, and without
 * their roles they would be ARIA on role-less elements. Classes style nothing. Removed from the
 * markup before svgo (Vega writes every attribute as name="value", quotes escaped; the look-behind
 * matches only inside a tag, never in a label's text): cheaper than svgo's removeAttrs, and svgo
 * can then group the attributes the marks have in common.
 */
const UNREAD_ATTRS = /(?<=<[a-z][a-zA-Z]*(?:\s[a-zA-Z:-]+="[^"]*")*)\s(?:role|aria-label|aria-roledescription|aria-hidden|class)="[^"]*"/g;

const shrink = (svg: string): string => optimize(svg.replace(UNREAD_ATTRS, ""), SVGO).data;

export function chartHash(spec: unknown): string {
  return createHash("sha256").update(RENDERER).update("\0").update(JSON.stringify(spec)).digest("hex");
}

/** Renders a chart's SVG without the cache: Vega-Lite → Vega → SVG → svgo. */
export async function renderSvgUncached(spec: Record<string, unknown>): Promise<string> {
  const compiled = vegaLite.compile(spec as unknown as vegaLite.TopLevelSpec).spec;
  const view = new vega.View(vega.parse(compiled), {renderer: "none"});
  try {
    return shrink(await view.toSVG());
  } finally {
    view.finalize();
  }
}

/**
 * The chart's SVG, from the cache or rendered (and cached). Not kept in memory: a page inlines
 * each chart once, and an archive of years would otherwise hold every chart for the whole build.
 */
export async function renderChartSvg(spec: Record<string, unknown>): Promise<string> {
  const key = chartHash(spec);
  const hit = await readCached(key, "svg");
  if (hit !== null) return hit;
  const inWorker = claimChartRender(key);
  if (inWorker) {
    await inWorker;
    const rendered = await readCached(key, "svg");
    if (rendered !== null) return rendered;
  }
  return renderIntoCache(spec, key);
}

/** Renders a chart's SVG into the cache, whether or not it is there or being rendered elsewhere. */
export async function renderIntoCache(spec: Record<string, unknown>, key: string = chartHash(spec)): Promise<string> {
  const svg = await renderSvgUncached(spec);
  await writeCached(key, "svg", svg);
  return svg;
}

/**
 * The chart as a PNG for feed readers and social cards, which drop inline SVG. Rendered from the
 * SVG at 2× density on white (currentColor text becomes black), cached like the SVG; the path of
 * the cached file, so that a build copies it without reading it. A PNG costs several times the
 * SVG (~70 ms cold), so the build makes them only for the charts a page or feed names as images.
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

/** The cache file names a chart uses: its SVG, and its PNG when it is published as an image. */
export const chartCacheNames = (spec: unknown, png: boolean): string[] => {
  const key = chartHash(spec);
  return png ? [`${key}.svg`, `${key}.${PNG_EXT}`] : [`${key}.svg`];
};

/**
 * A chart has a few flat colours (red, green, grey, black on white), so a 16-colour palette
 * without dithering keeps it looking the same (compared side by side at 2×, Chinese labels
 * included) at ~15 KB against ~25 KB for 256 colours and ~51 KB for full colour; with zlib
 * level 6 it costs half the CPU of the 256-colour level-9 PNG (~26 ms against ~50 ms a chart,
 * the rasterising itself ~23 ms). The cache entry's name carries the format, so a change of
 * options renders afresh.
 */
const PNG_OPTIONS = {compressionLevel: 6, palette: true, effort: 1, colours: 16, dither: 0} as const;
export const PNG_EXT = "p16.png";

const exists = (path: string) => access(path).then(() => true, () => false);

export async function renderChartPng(spec: Record<string, unknown>): Promise<Uint8Array> {
  return readFile(await chartPngPath(spec));
}
