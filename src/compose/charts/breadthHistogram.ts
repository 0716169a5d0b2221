import type {BreadthFacts, BucketId} from "../../analytics/types.ts";
import type {ChartDef} from "../types.ts";
import {rowBarsSpec} from "./rowBars.ts";
import {DOWN, FLAT, UP} from "./theme.ts";
import type {ChartWords} from "./chartWords.ts";


const side = (id: BucketId) => (id === "zero" ? "flat" : ["limitDown", "le-7", "-7to-5", "-5to-3", "-3to0"].includes(id) ? "down" : "up");

/** How many stocks landed in each band of % change, limit-up at the top down to limit-down. */
export function breadthHistogram(breadth: BreadthFacts, words: ChartWords): Omit<ChartDef, "id"> {
  const w = words.breadth;
  const rows = [...breadth.distribution].reverse().map((b) => ({label: words.bucket[b.id], value: b.count, text: words.count(b.count), side: side(b.id)}));
  const description = w.description(breadth);
  return {
    title: w.title,
    description,
    spec: rowBarsSpec({
      description,
      rows,
      xTitle: w.yTitle,
      color: {field: "side", type: "nominal", scale: {domain: ["down", "flat", "up"], range: [DOWN, FLAT, UP]}, legend: null},
    }),
    table: {columns: [...w.columns], rows: breadth.distribution.map((b) => [words.bucket[b.id], words.count(b.count)])},
  };
}
