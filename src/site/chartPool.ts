import {availableParallelism} from "node:os";
import {Worker} from "node:worker_threads";
import {chartHash, chartPngPath, renderIntoCache} from "./renderChart.ts";
import type {ChartRenders} from "./chartRenders.ts";
import {specOf, type ChartSource} from "./charts.ts";

const WORKER = new URL("./chartWorker.ts", import.meta.url);

/**
 * Each worker's heap is capped: uncapped, V8 lets a worker's garbage grow far past its live heap
 * (Vega, svgo and a chart at a time, under 128 MiB) before collecting. A year's site part
 * rendering its 2,084 charts and 522 PNGs cold (full-market bench data) peaked at 1,976 MiB
 * uncapped, 1,780 at 384, 1,732 at 256 (no slower), and 1,664 at 128, which took 2.7× the CPU
 * collecting.
 */
const WORKER_HEAP_MB = 256;

type Spec = Record<string, unknown>;

/** Charts being rendered into the cache: pages claim theirs (ChartRenders); `done` waits for all. */
export interface ChartPool extends ChartRenders {
  /** Settles when every chart is rendered; rejects with the first error. */
  readonly done: Promise<void>;
}

interface Render {
  promise: Promise<void>;
  resolve: () => void;
  reject: (error: unknown) => void;
}

function newRender(): Render {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  promise.catch(() => {}); // reported through `done`, and to a page that waits for it
  return {promise, resolve, reject};
}

/**
 * Starts rendering charts' SVGs into the chart cache on all the machine's cores and returns at
 * once, so that a cold build renders charts while Vite bundles (mostly one thread) and then
 * beside the pages. `svgs` maps each chart's cache key to the chart (its spec, or its edition and
 * id: a worker reads the spec itself), in the order the pages will want them; `pngs` (likewise)
 * are the charts to make PNGs of once every SVG is done. A page that wants a chart not yet rendered claims it: the chart goes to the front of
 * the queue and the page waits for the worker (the build's own thread renders nothing: with its
 * heap of the whole site, Vega's garbage costs it several times what it costs a worker). On the
 * first error every worker stops, `done` rejects, and so does every claim.
 * A worker first loads Vega, Vega-Lite and svgo (~1.5 s of CPU, the time of ~50 charts), so a
 * few charts (a new day's dozen per edition) are rendered in this thread, which has them loaded.
 */
export function startChartPool(
  svgs: ReadonlyMap<string, ChartSource>,
  pngs: ReadonlyMap<string, ChartSource> = new Map(),
  threads: number = availableParallelism(),
  inThreadBelow = 48,
): ChartPool {
  // SVG jobs are named by the chart's key, PNG jobs by "png:" and the key.
  const PNG = "png:";
  const queue = [...svgs.keys(), ...[...pngs.keys()].map((key) => PNG + key)];
  const jobOf = (job: string): ChartJob =>
    job.startsWith(PNG) ? {source: pngs.get(job.slice(PNG.length)) as ChartSource, png: true} : {source: svgs.get(job) as ChartSource, png: false};
  const urgent: string[] = [];
  const begun = new Set<string>();
  const renders = new Map<string, Render>();
  let failure: {error: unknown} | null = null;
  let next = 0;
  const renderOf = (key: string) => {
    let render = renders.get(key);
    if (!render) renders.set(key, (render = newRender()));
    return render;
  };
  const take = (): string | undefined => {
    for (;;) {
      const key = urgent.length > 0 ? urgent.shift() : queue[next++];
      if (key === undefined || failure) return undefined;
      if (!begun.has(key)) {
        begun.add(key);
        return key;
      }
    }
  };
  const fail = (error: unknown) => {
    failure ??= {error};
    for (const render of renders.values()) render.reject(failure.error);
  };

  const inThread = async () => {
    for (let job = take(); job !== undefined; job = take()) {
      await renderJob(jobOf(job)).catch((error: unknown) => {
        throw new Error(`chart render failed: ${error instanceof Error ? error.message : String(error)}`, {cause: error});
      });
      renderOf(job).resolve();
    }
  };
  const workers: Worker[] = [];
  const inWorker = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(WORKER, {resourceLimits: {maxOldGenerationSizeMb: WORKER_HEAP_MB}});
      workers.push(worker);
      let current: string | undefined;
      const feed = () => {
        current = take();
        if (current === undefined) void worker.terminate().then(() => resolve(), reject);
        else worker.postMessage(jobOf(current));
      };
      worker.on("message", (error: string | null) => {
        if (error !== null) return reject(new Error(`chart render failed: ${error}`));
        if (current !== undefined) renderOf(current).resolve();
        feed();
      });
      worker.on("error", reject);
      feed();
    });

  const lanes = queue.length < inThreadBelow || threads < 1 ? [inThread()] : Array.from({length: Math.min(threads, queue.length)}, inWorker);
  const done = Promise.all(lanes).then(
    () => {},
    async (error: unknown) => {
      fail(error);
      await Promise.all(workers.map((w) => w.terminate()));
      throw error;
    },
  );
  done.catch(() => {}); // a build that fails before awaiting `done` must not also die of this
  return {
    done,
    claim(key) {
      if (!svgs.has(key)) return null;
      if (failure) return Promise.reject(failure.error);
      if (!begun.has(key)) urgent.push(key);
      return renderOf(key).promise;
    },
  };
}

/** Renders `specs` into the chart cache on all cores and waits for them (see startChartPool). */
export async function renderSvgsInPool(specs: Spec[], threads: number = availableParallelism(), inThreadBelow = 48): Promise<void> {
  await startChartPool(new Map(specs.map((spec) => [chartHash(spec), {spec}])), new Map(), threads, inThreadBelow).done;
}

/** One job of the pool: a chart's SVG, or its PNG. */
export interface ChartJob {
  source: ChartSource;
  png: boolean;
}

/** Renders a job into the chart cache (in a worker, or in this thread). */
export async function renderJob({source, png}: ChartJob): Promise<void> {
  const spec = await specOf(source);
  await (png ? chartPngPath(spec) : renderIntoCache(spec));
}
