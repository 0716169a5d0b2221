import type {AstroIntegration, AstroIntegrationLogger} from "astro";
import {readdir} from "node:fs/promises";
import {availableParallelism} from "node:os";
import {fileURLToPath} from "node:url";
import {publishFiles} from "../io/publishFiles.ts";
import {CHART_CACHE_DIR, pruneChartCache} from "../io/chartCache.ts";
import {findChart, type ChartSource} from "./charts.ts";
import {allChartFiles, allCharts, chartFileBody, foreseenPngs, namedPngs, parseChartFilePath} from "./chartFiles.ts";
import type {Lang} from "./lang.ts";
import {chartDate} from "../compose/chartId.ts";
import {startChartPool, type ChartPool} from "./chartPool.ts";
import {setChartRenders} from "./chartRenders.ts";
import {SITE_PART} from "./sitePart.ts";
import {writeFileAtomic} from "../io/writeAtomic.ts";
import {chartCacheNames, chartHash, chartPngPath, PNG_EXT} from "./renderChart.ts";

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(2)} s`;

/**
 * At the build's start: starts rendering every chart not yet in the cache, and the PNGs the site
 * will name, on worker threads beside Vite's bundling and the pages (a page takes its chart from
 * the cache or waits for the worker rendering it). After the pages: waits for the workers, makes
 * any PNG the pages and feeds named that was not foreseen, publishes every chart's files into the
 * built site, and prunes the cache to what this site uses (plus a margin). In dev, serves the
 * chart files on request.
 */
export function chartFilesIntegration(): AstroIntegration {
  let starting: Promise<StartedCharts> | null = null;
  return {
    name: "market-brief:chart-files",
    hooks: {
      "astro:config:setup": ({command, logger}) => {
        // As early as the build lets us: the charts are rendered while Astro syncs content,
        // bundles and renders the pages, all mostly on one core.
        if (command !== "build") return;
        starting = startCharts(logger);
        starting.catch(() => {}); // reported by build:done; a build failing before it must not also die of this
      },
      "astro:build:done": async ({dir, logger}) => {
        const pool = await starting;
        starting = null;
        if (pool) {
          try {
            await pool.charts.done;
          } finally {
            setChartRenders(null);
          }
          logger.info(`${pool.svgs} charts and ${pool.pngs} PNGs rendered in ${seconds(pool.start)} (beside the build)`);
        }
        let start = performance.now();
        const pngs = namedPngs();
        const keep = new Set<string>();
        const pngSpecs: Record<string, unknown>[] = [];
        for await (const {lang, chart} of allCharts()) {
          const png = pngs.has(`${lang}/${chart.id}`);
          if (png) pngSpecs.push(chart.spec);
          for (const name of chartCacheNames(chart.spec, png)) keep.add(name);
        }
        // sharp works on libuv's threads, so a few PNGs at a time use every core.
        await inParallel(pngSpecs, availableParallelism() * 2, chartPngPath);
        logger.info(`${pngSpecs.length} chart PNGs ready in ${seconds(start)}`);
        start = performance.now();
        const count = await publishFiles(fileURLToPath(dir), allChartFiles(pngs));
        logger.info(`${count} chart files (PNG, spec, CSV) in ${seconds(start)}`);
        // A site part prunes nothing: the cache serves every part, and buildSite prunes it to
        // what all of them use once they are built.
        if (SITE_PART?.chartsUsedFile) {
          await writeFileAtomic(SITE_PART.chartsUsedFile, `${[...keep].sort().join("\n")}\n`);
        } else if (!SITE_PART) {
          const pruned = await pruneChartCache(keep);
          if (pruned > 0) logger.info(`${pruned} unused chart cache files removed`);
        }
      },
      "astro:server:setup": ({server}) => {
        server.middlewares.use((req, res, next) => {
          const wanted = parseChartFilePath(new URL(req.url ?? "/", "http://dev").pathname);
          if (!wanted) return next();
          findChart(wanted.id, wanted.lang)
            .then(async (chart) => {
              if (!chart) return next();
              const {type, data} = await chartFileBody(wanted.kind, chart);
              res.setHeader("content-type", type);
              res.end(data);
            })
            .catch(next);
        });
      },
    },
  };
}

interface StartedCharts {
  charts: ChartPool;
  start: number;
  svgs: number;
  pngs: number;
}

/**
 * Finds the charts (SVG) and foreseen PNGs missing from the cache, in the order the pages ask for
 * them (each edition's newest brief first), and starts the pool rendering them; the pages claim
 * theirs through setChartRenders.
 */
async function startCharts(logger: AstroIntegrationLogger): Promise<StartedCharts> {
  const start = performance.now();
  // One listing of the cache rather than a file check per chart (thousands of charts).
  const cached = new Set(await readdir(CHART_CACHE_DIR).catch(() => [] as string[]));
  // Ids and keys only: a spec is read again by the worker that renders it, so that the build's
  // own heap does not hold ten years of charts while they render.
  const ids = new Map<Lang, Map<string, string[]>>();
  const keys = new Map<string, string>();
  for await (const {lang, chart} of allCharts()) {
    if (!ids.has(lang)) ids.set(lang, new Map());
    const byDate = ids.get(lang) as Map<string, string[]>;
    const date = chartDate(chart.id);
    if (!byDate.has(date)) byDate.set(date, []);
    byDate.get(date)?.push(chart.id);
    keys.set(`${lang}/${chart.id}`, chartHash(chart.spec));
  }
  const svgs = new Map<string, ChartSource>();
  const pngs = new Map<string, ChartSource>();
  for (const [lang, byDate] of ids) {
    const foreseen = foreseenPngs(lang, byDate);
    for (const date of [...byDate.keys()].sort().reverse()) {
      for (const id of byDate.get(date) ?? []) {
        const key = keys.get(`${lang}/${id}`) as string;
        if (!cached.has(`${key}.svg`)) svgs.set(key, {lang, id});
        if (foreseen.has(`${lang}/${id}`) && !cached.has(`${key}.${PNG_EXT}`)) pngs.set(key, {lang, id});
      }
    }
  }
  const charts = startChartPool(svgs, pngs);
  setChartRenders(charts);
  logger.info(`${svgs.size} of ${keys.size} charts and ${pngs.size} PNGs to render, beside the build`);
  return {charts, start, svgs: svgs.size, pngs: pngs.size};
}

/** Runs `task` over `items`, at most `limit` at once. */
async function inParallel<T>(items: T[], limit: number, task: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await task(items[next++] as T);
  };
  await Promise.all(Array.from({length: Math.min(limit, items.length)}, lane));
}
