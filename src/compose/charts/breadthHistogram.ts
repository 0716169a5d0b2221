import type {BreadthFacts, BucketId} from "../../analytics/types.ts";
import type {ChartDef} from "../types.ts";
import {grouped} from "../format.ts";
import {baseSpec, DOWN, FLAT, UP} from "./theme.ts";

export const BUCKET_LABEL: Record<BucketId, string> = {
  limitDown: "At limit-down",
  "le-7": "≤ -7%",
  "-7to-5": "-7% to -5%",
  "-5to-3": "-5% to -3%",
  "-3to0": "-3% to 0",
  zero: "Unchanged",
  "0to3": "0 to 3%",
  "3to5": "3% to 5%",
  "5to7": "5% to 7%",
  ge7: "≥ 7%",
  limitUp: "At limit-up",
};

const side = (id: BucketId) => (id === "zero" ? "flat" : ["limitDown", "le-7", "-7to-5", "-5to-3", "-3to0"].includes(id) ? "down" : "up");

/** How many stocks landed in each band of % change, limit-down to limit-up. */
export function breadthHistogram(breadth: BreadthFacts): Omit<ChartDef, "id"> {
  const values = breadth.distribution.map((b) => ({band: BUCKET_LABEL[b.id], count: b.count, side: side(b.id)}));
  // The limit bars count every stock closing at its own limit, ST stocks included, unlike the headline counts.
  const description = `Stocks by % change on the day: ${grouped(breadth.advancers)} advanced, ${grouped(breadth.decliners)} declined and ${grouped(breadth.unchanged)} ${breadth.unchanged === 1 ? "was" : "were"} unchanged; the limit bars count every stock at its limit, ST stocks included.`;
  return {
    title: "Breadth: stocks by % change",
    description,
    spec: {
      ...baseSpec(description, 240),
      data: {values},
      layer: [
        {
          mark: {type: "bar"},
          encoding: {
            x: {field: "band", type: "ordinal", sort: null, title: null, axis: {labelAngle: -35}},
            y: {field: "count", type: "quantitative", title: "Stocks"},
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
    table: {columns: ["Change", "Stocks"], rows: breadth.distribution.map((b) => [BUCKET_LABEL[b.id], grouped(b.count)])},
  };
}
