/**
 * The composed brief: what the article says, as data. Prose is already worded and numbers
 * already formatted here; the MDX stage only turns this into a syntax tree.
 */
import type {MarketFacts} from "../analytics/types.ts";

type Session = MarketFacts["session"];

/** The languages a brief is composed in. */
export type Lang = "en" | "zh-CN";

export type Inline =
  | {type: "text"; value: string}
  | {type: "strong"; value: string}
  | {type: "emphasis"; value: string};

export type Block =
  | {type: "paragraph"; children: Inline[]}
  | {type: "subheading"; text: string}
  | {type: "list"; items: Inline[][]}
  | {type: "table"; caption: string; columns: TableColumn[]; rows: string[][]}
  | {type: "chart"; id: string}
  /** Where the editor's commentary for the day is shown (renders nothing when there is none). */
  | {type: "commentary"};

export interface TableColumn {
  title: string;
  align: "left" | "right";
}

export interface Section {
  /** Stable slug, also the heading's anchor: "market-overview". */
  id: string;
  /** null for the lede, which runs under the headline without a heading of its own. */
  heading: string | null;
  blocks: Block[];
}

/** A chart of the day: a Vega-Lite spec plus what a reader without the picture needs. */
export interface ChartDef {
  /** Unique across the site: "2025-06-24-indices". */
  id: string;
  title: string;
  /** One sentence saying what the chart shows, for screen readers and feeds. */
  description: string;
  /** A Vega-Lite top-level spec with its data inlined. */
  spec: Record<string, unknown>;
  /** The chart's data as a table, already formatted: the text alternative. */
  table: {columns: string[]; rows: string[][]};
}

export interface Brief {
  date: string;
  session: Session;
  title: string;
  dek: string;
  keywords: string[];
  source: string;
  sections: Section[];
  charts: ChartDef[];
}
