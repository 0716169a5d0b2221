import type {AstroIntegration} from "astro";
import {fileURLToPath} from "node:url";
import {publishFiles} from "../io/publishFiles.ts";
import {findChart} from "./charts.ts";
import {allChartFiles, chartFileBody, parseChartFilePath} from "./chartFiles.ts";

/** Publishes every chart's PNG, spec and CSV into the built site, and serves them in dev. */
export function chartFilesIntegration(): AstroIntegration {
  return {
    name: "market-brief:chart-files",
    hooks: {
      "astro:build:done": async ({dir, logger}) => {
        const start = performance.now();
        const count = await publishFiles(fileURLToPath(dir), allChartFiles());
        logger.info(`${count} chart files (PNG, spec, CSV) in ${((performance.now() - start) / 1000).toFixed(2)} s`);
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
