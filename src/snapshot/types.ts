/**
 * The typed snapshot: one trading day's quotes as the rest of the pipeline sees them.
 * Stock prices are integer fen (1 CNY = 100 fen) so that limit prices are exact;
 * index levels are plain numbers (points, up to 3 decimals as vendors publish them).
 */

import type {SecurityMaster} from "../market/securityMaster.ts";

export type Session = "close" | "midday";

export interface SnapshotMeta {
  /** Trade date, ISO "YYYY-MM-DD", Asia/Shanghai. */
  date: string;
  session: Session;
  timezone: "Asia/Shanghai";
  /** Attribution line shown on the brief, e.g. "Quotes: Flush iFind; compiled by Market Brief". */
  source: string;
}

export interface StockQuote {
  /** Code with exchange suffix: "600110.SH", "300750.SZ", "920001.BJ". */
  code: string;
  name: string;
  prevCloseFen: number;
  /** null when the stock is suspended for the day. */
  openFen: number | null;
  highFen: number | null;
  lowFen: number | null;
  closeFen: number | null;
  /** Shares traded (0 when suspended). */
  volume: number;
  /** Turnover in CNY yuan (0 when suspended). */
  amountYuan: number;
  /** Risk-warning (ST or *ST) status; null when the source does not say. */
  isSt: boolean | null;
  /** First trading day, ISO date; null when unknown. */
  listDate: string | null;
  suspended: boolean;
  /** Vendor-published limit prices (e.g. Tushare up_limit/down_limit); null when not given. */
  upLimitFen: number | null;
  downLimitFen: number | null;
}

export type IndexKind = "broad" | "industry" | "concept";

export interface IndexQuote {
  /** Code as the vendor names it: "000001.SH", "399006.SZ", "886032.TI". */
  code: string;
  /** Name as the vendor gives it (Chinese for Chinese vendors). */
  name: string;
  /** English name; null when the data gives none. */
  nameEn: string | null;
  kind: IndexKind;
  prevClose: number;
  open: number;
  high: number;
  low: number;
  close: number;
  /** Turnover in CNY yuan; null when the vendor does not publish it. */
  amountYuan: number | null;
}

/** One daily bar of an index, as kept in the long index history file. */
export interface IndexBar {
  date: string;
  code: string;
  open: number;
  high: number;
  low: number;
  close: number;
}

export interface Snapshot {
  meta: SnapshotMeta;
  /** Sorted by code. */
  stocks: StockQuote[];
  /** Sorted by code. */
  indices: IndexQuote[];
  /** Sector / concept index code → member stock codes (sorted). */
  members: Record<string, string[]>;
}

/** What earlier days in data/ tell about a trade date. */
export interface History {
  /**
   * Every trading date up to and including the snapshot's date, ascending: the shipped
   * exchange calendar, data/calendar.csv and the dates of the data itself.
   */
  calendar: string[];
  /** The security master (listing dates, English names, dated names); empty when data/ has none. */
  master: SecurityMaster;
  /** Full snapshots of earlier close sessions, oldest first (recent weeks only). */
  days: Snapshot[];
  /** Index code → daily bars before the snapshot's date, oldest first (years). */
  indexBars: Record<string, IndexBar[]>;
}

export interface Day {
  snapshot: Snapshot;
  history: History;
}
