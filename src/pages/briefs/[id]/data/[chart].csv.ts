import type {APIRoute, GetStaticPaths} from "astro";
import {allBriefs} from "../../../../site/briefs.ts";
import {chartsOf} from "../../../../site/charts.ts";
import {toCsv} from "../../../../site/csv.ts";

export const getStaticPaths: GetStaticPaths = async () => {
  const paths = [];
  for (const b of await allBriefs()) {
    for (const chart of await chartsOf(b.id)) paths.push({params: {id: b.id, chart: chart.id}, props: {chart}});
  }
  return paths;
};

/** A chart's data table as CSV, the same rows as the page's "Data behind the chart". */
export const GET: APIRoute = ({props}) => {
  const {chart} = props as {chart: Awaited<ReturnType<typeof chartsOf>>[number]};
  return new Response(toCsv(chart.table.columns, chart.table.rows), {headers: {"content-type": "text/csv; charset=utf-8"}});
};
