/**
 * A worker thread of a backfill (briefInWorkers.ts): generates its contiguous run of snapshots
 * in time order with effects of its own, and posts each day's outcome as soon as it has it. A
 * throw (our bug, or a file system that refuses) ends the thread with that error, which the main
 * thread reports as it would its own.
 */
import {parentPort, workerData} from "node:worker_threads";
import {generateDay} from "./generateDay.ts";
import type {WorkerJob, WorkerMessage} from "./briefInWorkers.ts";
import {createEffects} from "../io/index.ts";

const port = parentPort;
if (!port) throw new Error("briefWorker.ts runs only as a worker thread");
const {snapshots, options} = workerData as WorkerJob;
const dayOptions = {...options, effects: createEffects()};
for (const s of snapshots) {
  const outcome = await generateDay(s.date, dayOptions, s.midday);
  port.postMessage({kind: "day", outcome} satisfies WorkerMessage);
}
port.postMessage({kind: "done"} satisfies WorkerMessage);
