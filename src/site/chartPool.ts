import {availableParallelism} from "node:os";
import {Worker} from "node:worker_threads";
import {renderChartSvg} from "./renderChart.ts";

const WORKER = new URL("./chartWorker.ts", import.meta.url);

/**
 * Renders charts' SVGs into the chart cache on all the machine's cores: Vega and svgo are
 * JavaScript, one core each, so a cold build of thousands of charts would otherwise run on one.
 * Each worker takes the next spec as soon as it has finished one; the results stay in the cache,
 * where the pages read them. Throws the first render error, after stopping every worker.
 * A worker first loads Vega, Vega-Lite and svgo (~1.5 s of CPU, the time of ~50 charts), so a
 * few charts (a new day's dozen per edition) are rendered in this thread, which has them loaded.
 */
export async function renderSvgsInPool(specs: Record<string, unknown>[], threads: number = availableParallelism(), inThreadBelow = 48): Promise<void> {
  if (specs.length < inThreadBelow || threads <= 1) {
    for (const spec of specs) await renderChartSvg(spec);
    return;
  }
  let next = 0;
  const workers: Worker[] = [];
  const run = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(WORKER);
      workers.push(worker);
      const feed = () => {
        const spec = specs[next++];
        if (spec === undefined) void worker.terminate().then(() => resolve(), reject);
        else worker.postMessage(spec);
      };
      worker.on("message", (error: string | null) => (error === null ? feed() : reject(new Error(`chart render failed: ${error}`))));
      worker.on("error", reject);
      feed();
    });
  try {
    await Promise.all(Array.from({length: Math.max(1, Math.min(threads, specs.length))}, run));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
