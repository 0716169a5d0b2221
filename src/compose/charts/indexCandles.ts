import type {IndexFacts, MarketFacts, PatternName, SeriesBar} from "../../analytics/types.ts";
import type {ChartDef} from "../types.ts";
import type {ChartWords} from "./chartWords.ts";
import {EN_CHART_WORDS} from "./enChartWords.ts";
import {baseSpec, DOWN, UP} from "./theme.ts";

/** English pattern names, for the English sections. */
export const PATTERN_LABEL = EN_CHART_WORDS.pattern;

/** An index's recent bars from the facts, today's last; today's bar alone when the facts carry none. */
export function recentBars(facts: MarketFacts, index: IndexFacts): SeriesBar[] {
  const today: SeriesBar = {date: facts.date, open: index.open, high: index.high, low: index.low, close: index.close};
  return facts.chartSeries[index.code] ?? [today];
}

/** Candlesticks of one index over recent sessions, with today's and yesterday's patterns marked. */
export function indexCandles(facts: MarketFacts, index: IndexFacts, words: ChartWords): Omit<ChartDef, "id"> {
  const w = words.candles;
  const bars = recentBars(facts, index);
  const marks = [...index.previousPatterns, ...index.patterns];
  const labelsOn = (date: string) => marks.filter((p) => p.date === date).map((p) => words.pattern[p.name]);
  const values = bars.map((b) => ({
    date: b.date,
    open: b.open,
    high: b.high,
    low: b.low,
    close: b.close,
    up: b.close >= b.open,
    pattern: words.join(labelsOn(b.date)),
  }));
  const first = bars[0];
  const change = first ? index.close / first.open - 1 : 0;
  const markDates = [...new Set(marks.map((p) => p.date))].sort();
  const description = w.description({
    name: index.name,
    sessions: bars.length,
    from: first?.open ?? index.open,
    to: index.close,
    change,
    marks: markDates.map((date) => ({date, labels: labelsOn(date)})),
  });
  const x = {field: "date", type: "ordinal", title: null, axis: {labelExpr: "substring(datum.value, 5)", labelAngle: -45, labelOverlap: true}};
  const color = {field: "up", type: "nominal", scale: {domain: [true, false], range: [UP, DOWN]}, legend: null};
  return {
    title: w.title(index.name, bars.length),
    description,
    spec: {
      ...baseSpec(description, 260),
      data: {values},
      encoding: {x},
      layer: [
        {mark: {type: "rule"}, encoding: {y: {field: "low", type: "quantitative", scale: {zero: false}, title: w.yTitle}, y2: {field: "high"}, color}},
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
      columns: [...w.columns],
      rows: bars.map((b) => [b.date, words.points(b.open), words.points(b.high), words.points(b.low), words.points(b.close), words.join(labelsOn(b.date))]),
    },
  };
}
