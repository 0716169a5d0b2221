import type {APIRoute, GetStaticPaths} from "astro";
import {allBriefs} from "../../../../site/briefs.ts";
import {chartPaths, type ChartDef} from "../../../../site/charts.ts";
import {renderChartPng} from "../../../../site/renderChart.ts";

export const getStaticPaths: GetStaticPaths = async () => chartPaths((await allBriefs()).map((b) => b.id));

/** Each chart as a PNG file: feed readers and social cards cannot show inline SVG. */
export const GET: APIRoute = async ({props}) =>
  new Response(Buffer.from(await renderChartPng((props as {chart: ChartDef}).chart.spec)), {headers: {"content-type": "image/png"}});
