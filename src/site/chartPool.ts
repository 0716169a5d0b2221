import {availableParallelism} from "node:os";
import {Worker} from "node:worker_threads";

const WORKER = new URL("./chartWorker.ts", import.meta.url);

/**
 * Renders charts' SVGs into the chart cache on all the machine's cores: Vega and svgo are
 * JavaScript, one core each, so a cold build of thousands of charts would otherwise run on one.
 * Each worker takes the next spec as soon as it has finished one; the results stay in the cache,
 * where the pages read them. Throws the first render error, after stopping every worker.
 */
export async function renderSvgsInPool(specs: Record<string, unknown>[], threads: number = availableParallelism()): Promise<void> {
  if (specs.length === 0) return;
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
