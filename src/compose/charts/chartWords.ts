/**
 * What the words of the charts of the day are, per language: titles, axis titles, the text
 * alternative and the data table's headers (the tables themselves: enChartWords.ts,
 * zhChartWords.ts; by language: chartWordsByLang.ts). The builders in this folder hold the chart
 * logic and take every word and formatted figure from a table, so an edition is a table, not a copy.
 */
import type {BreadthFacts, BucketId, MoodSession, PatternName} from "../../analytics/types.ts";

/**
 * A midday brief's words where they differ from the close's: the morning session's (no "close",
 * no 收盘 for today's figures). Each group lists only the entries it replaces.
 */
export type MiddayChartWords = {[K in keyof ChartWords]?: Partial<ChartWords[K]>};

/** A named figure in a description: the name and its change as a fraction. */
export interface NamedChange {
  name: string;
  pctChange: number;
}

export interface ChartWords {
  pattern: Record<PatternName, string>;
  bucket: Record<BucketId, string>;
  /** Joins several pattern names on one bar. */
  join(items: string[]): string;
  /** Table cells: index points, signed percents, fen as yuan, counts. */
  points(value: number): string;
  signed(fraction: number): string;
  yuan(fen: number): string;
  count(n: number): string;
  breadth: {title: string; yTitle: string; columns: [string, string]; description(b: BreadthFacts): string};
  candles: {
    title(name: string, sessions: number): string;
    yTitle: string;
    columns: [string, string, string, string, string, string];
    description(d: {name: string; sessions: number; from: number; to: number; change: number; marks: {date: string; labels: string[]}[]}): string;
  };
  ladder: {title: string; xTitle: string; columns: [string, string, string, string]; description(stocks: number, maxHeight: number): string};
  monthToDate: {
    title(sector: string): string;
    xTitle: string;
    columns(baseDate: string): [string, string, string, string, string];
    description(d: {sector: string; count: number; baseDate: string; top: NamedChange | null}): string;
  };
  mood: {
    title(sessions: number): string;
    /** An axis label: "6/18". */
    day(iso: string): string;
    /** A table cell: "June 18". */
    date(iso: string): string;
    percent(fraction: number): string;
    yTitles: {counts: string; sealRate: string; height: string};
    columns: [string, string, string, string, string];
    /** `most` / `fewest`: the sessions with the most and fewest limit-ups (the later on a tie); `today` the last. */
    description(d: {sessions: number; from: string; most: MoodSession; fewest: MoodSession; today: MoodSession; midday: boolean}): string;
  };
  sectors: {title: string; xTitle: string; columns: [string, string, string]; description(top: NamedChange | null, bottom: NamedChange | null): string};
  spotlight: {
    title(sector: string, sessions: number): string;
    yTitle: string;
    columns: [string, string, string];
    inStreak: string;
    description(d: {sector: string; sessions: number; streak: {sessions: number; cumulativeChange: number} | null; level: number | null}): string;
  };
}
