import {availableParallelism} from "node:os";
import {Worker} from "node:worker_threads";
import {snapshotLabel, type DayOptions, type DayOutcome, type SnapshotRef} from "./generateDay.ts";

const WORKER = new URL("./briefWorker.ts", import.meta.url);

/**
 * Below this many snapshots a run stays in the calling thread: each worker first loads our
 * modules and parses its first day's 30 days of history, which only a longer run repays.
 */
export const WORKERS_FROM = 8;

/**
 * Each worker's old generation, in MiB. A backfill keeps ~100 MiB live (the 34 parsed days of the
 * history window; 98 MiB at day 1,000 of 1,000), but V8 lets a heap grow to ~4× that before
 * collecting, so two uncapped workers peaked at 1.23–1.27 GiB where one thread had 0.71 GiB
 * (250 days). Capped at 512 MiB they peak at 0.76–0.78 GiB, for more time collecting.
 */
const WORKER_HEAP_MB = 512;

/** What a worker is given: its snapshots, and the run's options but the effects (each worker makes its own). */
export interface WorkerJob {
  snapshots: SnapshotRef[];
  options: Omit<DayOptions, "effects">;
}

export type WorkerMessage = {kind: "day"; outcome: DayOutcome} | {kind: "done"};

/** `items` cut into `parts` contiguous runs, in order, whose lengths differ by one at most (none empty). */
export function contiguousRuns<T>(items: readonly T[], parts: number): T[][] {
  const n = Math.max(1, Math.min(parts, items.length));
  const runs: T[][] = [];
  for (let k = 0, start = 0; k < n; k++) {
    const end = start + Math.floor(items.length / n) + (k < items.length % n ? 1 : 0);
    runs.push(items.slice(start, end));
    start = end;
  }
  return runs.filter((r) => r.length > 0);
}

/**
 * Generates `snapshots` (in time order) on worker threads, one contiguous run each, and returns
 * their outcomes in the same order. A day's brief depends on the data of earlier days, never on
 * earlier briefs, and the loader reads the history a day needs itself, so a worker may start
 * anywhere in the range and writes the same bytes as a run of the days one by one.
 * `onOutcome` hears each day as it is done, in whatever order the workers finish them (for
 * progress). The first worker that fails (throws, or ends before its last day) stops the others,
 * and its error is thrown.
 */
export async function briefInWorkers(
  snapshots: readonly SnapshotRef[],
  options: WorkerJob["options"],
  {threads = availableParallelism(), onOutcome = () => {}, worker = WORKER}: {threads?: number; onOutcome?: (o: DayOutcome) => void; worker?: URL} = {},
): Promise<DayOutcome[]> {
  const runs = contiguousRuns(snapshots, threads);
  const workers: Worker[] = [];
  const run = (job: WorkerJob) =>
    new Promise<DayOutcome[]>((resolve, reject) => {
      const outcomes: DayOutcome[] = [];
      const w = new Worker(worker, {workerData: job, resourceLimits: {maxOldGenerationSizeMb: WORKER_HEAP_MB}});
      workers.push(w);
      w.on("message", (m: WorkerMessage) => {
        if (m.kind === "done") return resolve(outcomes);
        outcomes.push(m.outcome);
        onOutcome(m.outcome);
      });
      w.on("error", reject);
      // After "done" or an error this settles nothing; otherwise the thread ended without its days.
      w.on("exit", (code) => {
        const next = job.snapshots[outcomes.length];
        reject(new Error(`a backfill worker stopped (exit code ${code}) before it had briefed ${next ? snapshotLabel(next) : "its last snapshot"}`));
      });
    });
  try {
    const done = await Promise.all(runs.map((snapshots) => run({snapshots, options})));
    return done.flat();
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
