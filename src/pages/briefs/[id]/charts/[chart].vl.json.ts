import type {APIRoute, GetStaticPaths} from "astro";
import {allBriefs} from "../../../../site/briefs.ts";
import {chartPaths, type ChartDef} from "../../../../site/charts.ts";

export const getStaticPaths: GetStaticPaths = async () => chartPaths((await allBriefs()).map((b) => b.id));

/** The Vega-Lite spec of a chart, fetched by the page only to make the chart interactive. */
export const GET: APIRoute = ({props}) =>
  new Response(JSON.stringify((props as {chart: ChartDef}).chart.spec), {headers: {"content-type": "application/json"}});
