import type {BreadthFacts, BucketId} from "../../analytics/types.ts";
import type {ChartDef} from "../types.ts";
import {baseSpec, DOWN, FLAT, UP} from "./theme.ts";
import type {ChartWords} from "./chartWords.ts";


const side = (id: BucketId) => (id === "zero" ? "flat" : ["limitDown", "le-7", "-7to-5", "-5to-3", "-3to0"].includes(id) ? "down" : "up");

/** How many stocks landed in each band of % change, limit-down to limit-up. */
export function breadthHistogram(breadth: BreadthFacts, words: ChartWords): Omit<ChartDef, "id"> {
  const w = words.breadth;
  const values = breadth.distribution.map((b) => ({band: words.bucket[b.id], count: b.count, side: side(b.id)}));
  const description = w.description(breadth);
  return {
    title: w.title,
    description,
    spec: {
      ...baseSpec(description, 240),
      data: {values},
      layer: [
        {
          mark: {type: "bar"},
          encoding: {
            x: {field: "band", type: "ordinal", sort: null, title: null, axis: {labelAngle: -35}},
            y: {field: "count", type: "quantitative", title: w.yTitle},
            color: {field: "side", type: "nominal", scale: {domain: ["down", "flat", "up"], range: [DOWN, FLAT, UP]}, legend: null},
          },
        },
        {
          mark: {type: "text", dy: -6, fontSize: 11},
          encoding: {
            x: {field: "band", type: "ordinal", sort: null},
            y: {field: "count", type: "quantitative"},
            text: {field: "count", type: "quantitative"},
          },
        },
      ],
    },
    table: {columns: [...w.columns], rows: breadth.distribution.map((b) => [words.bucket[b.id], words.count(b.count)])},
  };
}
