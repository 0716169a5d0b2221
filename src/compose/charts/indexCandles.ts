import type {IndexFacts, MarketFacts, PatternName, SeriesBar} from "../../analytics/types.ts";
import type {ChartDef} from "../types.ts";
import {listing, longDate, percent, points} from "../format.ts";
import {baseSpec, DOWN, UP} from "./theme.ts";

export const PATTERN_LABEL: Record<PatternName, string> = {
  doji: "doji",
  spinningTop: "spinning top",
  bullishEngulfing: "bullish engulfing",
  bearishEngulfing: "bearish engulfing",
  hammer: "hammer",
};

/** An index's recent bars from the facts, today's last; today's bar alone when the facts carry none. */
export function recentBars(facts: MarketFacts, index: IndexFacts): SeriesBar[] {
  const today: SeriesBar = {date: facts.date, open: index.open, high: index.high, low: index.low, close: index.close};
  return facts.chartSeries[index.code] ?? [today];
}

/** Candlesticks of one index over recent sessions, with today's and yesterday's patterns marked. */
export function indexCandles(facts: MarketFacts, index: IndexFacts): Omit<ChartDef, "id"> {
  const bars = recentBars(facts, index);
  const marks = [...index.previousPatterns, ...index.patterns];
  const labelsOn = (date: string) => marks.filter((p) => p.date === date).map((p) => PATTERN_LABEL[p.name]);
  const values = bars.map((b) => ({
    date: b.date,
    open: b.open,
    high: b.high,
    low: b.low,
    close: b.close,
    up: b.close >= b.open,
    pattern: labelsOn(b.date).join(", "),
  }));
  const first = bars[0];
  const change = first ? index.close / first.open - 1 : 0;
  // "marking a doji and a spinning top on June 23": patterns of one session named together.
  const markDates = [...new Set(marks.map((p) => p.date))].sort();
  const marked = markDates.map((date) => `${listing(labelsOn(date).map((label) => `a ${label}`))} on ${longDate(date, {short: true})}`);
  const description = `Daily candlesticks of the ${index.name} over the last ${bars.length} sessions, from ${points(first?.open ?? index.open)} to ${points(index.close)} (${percent(change, {signed: true})})${marked.length ? `, marking ${listing(marked)}` : ""}.`;
  const x = {field: "date", type: "ordinal", title: null, axis: {labelExpr: "substring(datum.value, 5)", labelAngle: -45, labelOverlap: true}};
  const color = {field: "up", type: "nominal", scale: {domain: [true, false], range: [UP, DOWN]}, legend: null};
  return {
    title: `${index.name}: last ${bars.length} sessions`,
    description,
    spec: {
      ...baseSpec(description, 260),
      data: {values},
      encoding: {x},
      layer: [
        {mark: {type: "rule"}, encoding: {y: {field: "low", type: "quantitative", scale: {zero: false}, title: "Points"}, y2: {field: "high"}, color}},
        {mark: {type: "bar", size: 10}, encoding: {y: {field: "open", type: "quantitative"}, y2: {field: "close"}, color}},
        // Pattern labels above their bars; only when there are any (an empty layer has no extent).
        ...(marks.length > 0
          ? [
              {
                transform: [{filter: "datum.pattern != ''"}],
                mark: {type: "text", dy: -10, fontSize: 11, align: "center", baseline: "bottom"},
                encoding: {y: {field: "high", type: "quantitative"}, text: {field: "pattern"}},
              },
            ]
          : []),
      ],
    },
    table: {
      columns: ["Date", "Open", "High", "Low", "Close", "Pattern"],
      rows: bars.map((b) => [b.date, points(b.open), points(b.high), points(b.low), points(b.close), labelsOn(b.date).join(", ")]),
    },
  };
}
