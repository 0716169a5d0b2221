import type {LadderFacts} from "../../analytics/types.ts";
import type {ChartDef} from "../types.ts";
import type {ChartWords} from "./chartWords.ts";
import {ACCENT, baseSpec} from "./theme.ts";

/** The consecutive limit-up ladder: one bar per stock on two or more boards, by height. */
export function ladderChart(ladder: LadderFacts, words: ChartWords): Omit<ChartDef, "id"> {
  const w = words.ladder;
  const stocks = ladder.rungs.filter((r) => r.height >= 2).flatMap((r) => r.stocks);
  const values = stocks.map((s) => ({label: words.label(s.name, s.code), height: s.height, gain: Number(s.cumulativeGain.toFixed(4))}));
  const description = w.description(stocks.length, ladder.maxHeight);
  return {
    title: w.title,
    description,
    spec: {
      ...baseSpec(description, Math.max(60, values.length * 24)),
      data: {values},
      layer: [
        {
          mark: {type: "bar", color: ACCENT},
          encoding: {
            y: {field: "label", type: "nominal", sort: null, title: null, axis: {labelLimit: 320}},
            x: {field: "height", type: "quantitative", title: w.xTitle, axis: {tickMinStep: 1}},
          },
        },
        {
          mark: {type: "text", align: "left", dx: 4},
          encoding: {
            y: {field: "label", type: "nominal", sort: null},
            x: {field: "height", type: "quantitative"},
            // The streak's gain as a signed percent, as the table prints it ("+46.40%").
            text: {field: "gain", type: "quantitative", format: "+.2%"},
          },
        },
      ],
    },
    table: {
      columns: [...w.columns],
      rows: stocks.map((s) => [s.name, s.code, String(s.height), words.signed(s.cumulativeGain)]),
    },
  };
}
