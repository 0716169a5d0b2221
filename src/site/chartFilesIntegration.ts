import type {AstroIntegration} from "astro";
import {readdir} from "node:fs/promises";
import {availableParallelism} from "node:os";
import {fileURLToPath} from "node:url";
import {publishFiles} from "../io/publishFiles.ts";
import {CHART_CACHE_DIR, pruneChartCache} from "../io/chartCache.ts";
import {findChart} from "./charts.ts";
import {allChartFiles, allCharts, chartFileBody, namedPngs, parseChartFilePath} from "./chartFiles.ts";
import {renderSvgsInPool} from "./chartPool.ts";
import {chartCacheNames, chartPngPath} from "./renderChart.ts";

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(2)} s`;

/**
 * Before the pages: renders every chart not yet in the cache, on all cores, so that pages only
 * read cached SVG. After them: renders the PNGs the pages and feeds named, publishes every
 * chart's files into the built site, and prunes the cache to what this site uses (plus a margin).
 * In dev, serves the chart files on request.
 */
export function chartFilesIntegration(): AstroIntegration {
  return {
    name: "market-brief:chart-files",
    hooks: {
      "astro:build:start": async ({logger}) => {
        const start = performance.now();
        // One listing of the cache rather than a file check per chart (thousands of charts).
        const cached = new Set(await readdir(CHART_CACHE_DIR).catch(() => [] as string[]));
        const missing = new Map<string, Record<string, unknown>>();
        let total = 0;
        for await (const {chart} of allCharts()) {
          total += 1;
          const [svg] = chartCacheNames(chart.spec, false) as [string];
          if (!cached.has(svg)) missing.set(svg, chart.spec);
        }
        await renderSvgsInPool([...missing.values()]);
        logger.info(`${missing.size} of ${total} charts rendered in ${seconds(start)}`);
      },
      "astro:build:done": async ({dir, logger}) => {
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
        const pruned = await pruneChartCache(keep);
        if (pruned > 0) logger.info(`${pruned} unused chart cache files removed`);
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

/** Runs `task` over `items`, at most `limit` at once. */
async function inParallel<T>(items: T[], limit: number, task: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await task(items[next++] as T);
  };
  await Promise.all(Array.from({length: Math.min(limit, items.length)}, lane));
}
