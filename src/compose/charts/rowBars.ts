import {baseSpec, CHART_WIDTH} from "./theme.ts";

/** One row of a row-bar chart: its name, its value, the value as the data table prints it. */
export interface BarRow {
  [extra: string]: unknown;
  label: string;
  value: number;
  /** The figure printed at the row's right end ("+46.43%"). */
  text: string;
  /** A stock's or sector's code: keys the row when given (names may repeat), and shows in the interactive chart's tooltip. */
  code?: string;
}

/** Room per row, in px: a line of text above a bar. */
const ROW = 38;
const BAR = 13;

/**
 * Horizontal bars laid out as rows that read on a phone and in the article column alike: each
 * row's name on a line of its own above its bar, its figure at the right end of that line. A
 * long name takes no room beside the bars, so it is never cut and the bars keep the width.
 * `color` is a Vega-Lite color encoding or a fixed color.
 */
export function rowBarsSpec(d: {description: string; rows: BarRow[]; xTitle: string; color: string | Record<string, unknown>; xAxis?: Record<string, unknown>}): Record<string, unknown> {
  // One band per row by its code (two stocks may share a name), in the order given.
  const y = {field: "key", type: "nominal", sort: null, axis: null};
  const color = typeof d.color === "string" ? {value: d.color} : d.color;
  return {
    // A height in px, not {step: ROW}: Vega-Lite warns that it drops "fit" for a stepped size.
    ...baseSpec(d.description, d.rows.length * ROW),
    data: {values: d.rows.map((r) => ({...r, key: r.code ?? r.label}))},
    layer: [
      {
        // The bar sits in the lower half of its row, under its name.
        mark: {type: "bar", height: BAR, yOffset: BAR / 2 + 2},
        encoding: {y, x: {field: "value", type: "quantitative", title: d.xTitle, axis: {...d.xAxis}}, color},
      },
      // A name runs up to the figure at the line's end: 32 characters as Vega estimates text
      // (0.8 em each), beyond any stock's or sector's name (the longest, 26); only a name no
      // exchange would list is cut, rather than run over the figure.
      {mark: {type: "text", align: "left", baseline: "bottom", dy: -1, limit: CHART_WIDTH - 100}, encoding: {y, x: {value: 0}, text: {field: "label"}}},
      {mark: {type: "text", align: "right", baseline: "bottom", dy: -1}, encoding: {y, x: {value: "width"}, text: {field: "text"}}},
    ],
  };
}
