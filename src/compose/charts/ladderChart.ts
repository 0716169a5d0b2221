import type {LadderFacts} from "../../analytics/types.ts";
import type {ChartDef} from "../types.ts";
import type {ChartWords} from "./chartWords.ts";
import {rowBarsSpec} from "./rowBars.ts";
import {ACCENT} from "./theme.ts";

/** The consecutive limit-up ladder: one bar per stock on two or more boards, by height. */
export function ladderChart(ladder: LadderFacts, words: ChartWords): Omit<ChartDef, "id"> {
  const w = words.ladder;
  const stocks = ladder.rungs.filter((r) => r.height >= 2).flatMap((r) => r.stocks);
  // Names alone on the bars, as the exchange shortens them; the code is in the data table.
  const rows = stocks.map((s) => ({label: s.name, code: s.code, value: s.height, text: words.signed(s.cumulativeGain)}));
  const description = w.description(stocks.length, ladder.maxHeight);
  return {
    title: w.title,
    description,
    spec: rowBarsSpec({description, rows, xTitle: w.xTitle, color: ACCENT, xAxis: {tickMinStep: 1}}),
    table: {
      columns: [...w.columns],
      rows: stocks.map((s) => [s.name, s.code, String(s.height), words.signed(s.cumulativeGain)]),
    },
  };
}
