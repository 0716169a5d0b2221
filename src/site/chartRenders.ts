/**
 * Charts being rendered elsewhere in this process: a cold build renders charts on worker threads
 * while Vite bundles and the pages render (chartPool.ts), and a page that needs a chart first
 * asks here whether a worker already has it. Kept on globalThis: the pages run from Vite's
 * bundle, which has its own copy of every module, in the process whose integration started the
 * pool.
 */
export interface ChartRenders {
  /**
   * For a page about to render chart `key` (its cache key) itself: the pool's render of it when
   * a worker has started it (wait for that, then read the cache), else null: the pool will not
   * start it any more, and the caller renders it.
   */
  claim(key: string): Promise<void> | null;
}

const SLOT = Symbol.for("market-brief.chart-renders");
const slot = globalThis as {[SLOT]?: ChartRenders | null};

/** Makes `renders` the pool pages ask (null: none, pages render what is not cached). */
export function setChartRenders(renders: ChartRenders | null): void {
  slot[SLOT] = renders;
}

/** The pool's render of chart `key` to wait for, or null when the caller is to render it. */
export function claimChartRender(key: string): Promise<void> | null {
  return slot[SLOT]?.claim(key) ?? null;
}
