import type {APIRoute, GetStaticPaths} from "astro";
import {allBriefs} from "../../../../site/briefs.ts";
import {chartsOf} from "../../../../site/charts.ts";
import {renderChartPng} from "../../../../site/renderChart.ts";

export const getStaticPaths: GetStaticPaths = async () => {
  const paths = [];
  for (const b of await allBriefs()) {
    for (const chart of await chartsOf(b.id)) paths.push({params: {id: b.id, chart: chart.id}, props: {spec: chart.spec}});
  }
  return paths;
};

/** Each chart as a PNG file: feed readers and social cards cannot show inline SVG. */
export const GET: APIRoute = async ({props}) =>
  new Response(await renderChartPng((props as {spec: Record<string, unknown>}).spec), {headers: {"content-type": "image/png"}});
