/**
 * A worker thread of the chart pool (chartPool.ts): renders each spec it is sent into the chart
 * cache and answers with nothing but "done" (or the error), so no SVG crosses threads.
 */
import {parentPort} from "node:worker_threads";
import {renderChartSvg} from "./renderChart.ts";

const port = parentPort;
if (!port) throw new Error("chartWorker.ts runs only as a worker thread");
port.on("message", (spec: Record<string, unknown>) => {
  renderChartSvg(spec).then(
    () => port.postMessage(null),
    (error: unknown) => port.postMessage(error instanceof Error ? (error.stack ?? error.message) : String(error)),
  );
});
