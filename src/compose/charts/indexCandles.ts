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

/** Lines of pattern notes at the top of the chart, in px, and the room each takes. */
const NOTE_LINE = 17;

/**
 * The y domain: the bars' range, with room above them for one line of notes per marked date
 * (the plot is 260 px tall), so the notes never sit on the candles.
 */
function yDomain(bars: SeriesBar[], notes: number): [number, number] {
  const low = Math.min(...bars.map((b) => b.low));
  const high = Math.max(...bars.map((b) => b.high));
  const span = high - low || high * 0.01 || 1;
  const headroom = notes === 0 ? 0.04 : (notes * NOTE_LINE + 24) / (260 - notes * NOTE_LINE - 24);
  return [Number((low - span * 0.04).toFixed(2)), Number((high + span * headroom).toFixed(2))];
}

/**
 * Patterns marked on their bars with a ▼, and named in notes at the plot's top right ("06-24
 * doji"), one line per date: a name above its own bar would run off the chart's right edge,
 * where the latest bars are, on a phone.
 */
function markLayers(notes: {date: string; label: string}[]): Record<string, unknown>[] {
  if (notes.length === 0) return [];
  return [
    {
      transform: [{filter: "datum.pattern != ''"}],
      mark: {type: "text", text: "▼", dy: -8, baseline: "bottom"},
      encoding: {y: {field: "high", type: "quantitative"}},
    },
    ...notes.map((n, i) => ({
      data: {values: [n]},
      mark: {type: "text", align: "right", baseline: "top", dy: i * NOTE_LINE},
      encoding: {x: {value: "width"}, y: {value: 0}, text: {field: "label"}},
    })),
  ];
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
        {mark: {type: "rule"}, encoding: {y: {field: "low", type: "quantitative", scale: {domain: yDomain(bars, markDates.length), nice: false}, title: w.yTitle}, y2: {field: "high"}, color}},
        {mark: {type: "bar", width: {band: 0.7}}, encoding: {y: {field: "open", type: "quantitative"}, y2: {field: "close"}, color}},
        ...markLayers(markDates.map((date) => ({date, label: `${date.slice(5)} ${words.join(labelsOn(date))}`}))),
      ],
    },
    table: {
      columns: [...w.columns],
      rows: bars.map((b) => [b.date, words.points(b.open), words.points(b.high), words.points(b.low), words.points(b.close), words.join(labelsOn(b.date))]),
    },
  };
}
