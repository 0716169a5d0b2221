/**
 * A worker thread of the chart pool (chartPool.ts): renders each chart it is sent (its SVG, or
 * its PNG) into the chart cache and answers with nothing but "done" (or the error), so no chart
 * crosses threads.
 */
import {parentPort} from "node:worker_threads";
import {renderJob, type ChartJob} from "./chartPool.ts";

const port = parentPort;
if (!port) throw new Error("chartWorker.ts runs only as a worker thread");
port.on("message", (job: ChartJob) => {
  renderJob(job).then(
    () => port.postMessage(null),
    (error: unknown) => port.postMessage(error instanceof Error ? (error.stack ?? error.message) : String(error)),
  );
});
