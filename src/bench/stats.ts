/** Median of a list of numbers (mean of the middle two for even lengths). */
export function median(values: number[]): number {
  if (values.length === 0) throw new Error("median of nothing");
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Runs `fn` `runs` times after `warmup` unmeasured runs; returns each run's milliseconds. */
export async function timeRuns(runs: number, fn: () => Promise<unknown>, warmup = 1): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return times;
}

export const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
export const secs = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
export const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} KB`;

/**
 * Runs each of `fns` `runs` times, taking turns (a, b, a, b, …) after one unmeasured run of
 * each; returns each one's milliseconds. On a shared machine, load drifts over a minute: timed in
 * turns, two measurements see the same drift, so their ratio is honest.
 */
export async function timeTurns(runs: number, fns: (() => Promise<unknown>)[]): Promise<number[][]> {
  for (const fn of fns) await fn();
  const times = fns.map(() => [] as number[]);
  for (let i = 0; i < runs; i++) {
    for (const [j, fn] of fns.entries()) {
      const start = performance.now();
      await fn();
      times[j]!.push(performance.now() - start);
    }
  }
  return times;
}
