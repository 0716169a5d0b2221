import type {APIRoute, GetStaticPaths} from "astro";
import {allBriefs} from "../../../../site/briefs.ts";
import {chartPaths, type ChartDef} from "../../../../site/charts.ts";
import {toCsv} from "../../../../site/csv.ts";

export const getStaticPaths: GetStaticPaths = async () => chartPaths((await allBriefs()).map((b) => b.id));

/** A chart's data table as CSV, the same rows as the page's "Data behind the chart". */
export const GET: APIRoute = ({props}) => {
  const {chart} = props as {chart: ChartDef};
  return new Response(toCsv(chart.table.columns, chart.table.rows), {headers: {"content-type": "text/csv; charset=utf-8"}});
};
