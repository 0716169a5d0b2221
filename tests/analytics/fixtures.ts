/**
 * Tiny hand-built snapshots for analytics tests. Prices are given in yuan strings ("4.35") and
 * converted to fen exactly, so fixtures read like the CSV they stand for.
 */
import {EMPTY_MASTER} from "../../src/market/securityMaster.ts";
import type {Day, History, IndexBar, IndexQuote, Snapshot, StockQuote} from "../../src/snapshot/types.ts";

/** "4.35" → 435, exactly (no float multiply). */
export function fen(yuan: string): number {
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(yuan);
  if (!m) throw new Error(`fixture price "${yuan}" is not a price`);
  return Number(m[1]) * 100 + Number((m[2] ?? "").padEnd(2, "0"));
}

export interface StockSpec {
  code: string;
  name?: string;
  prev: string;
  /** Close; open/high/low default to it. Omit for a suspended stock. */
  close?: string;
  open?: string;
  high?: string;
  low?: string;
  isSt?: boolean | null;
  listDate?: string | null;
  upLimit?: string;
  downLimit?: string;
}

export function stock(s: StockSpec): StockQuote {
  const suspended = s.close === undefined;
  const px = (v: string | undefined) => (suspended ? null : fen(v ?? (s.close as string)));
  return {
    code: s.code,
    name: s.name ?? `Stock ${s.code}`,
    prevCloseFen: fen(s.prev),
    openFen: px(s.open),
    highFen: px(s.high),
    lowFen: px(s.low),
    closeFen: px(s.close),
    volume: suspended ? 0 : 1000,
    amountYuan: suspended ? 0 : 100000,
    isSt: s.isSt === undefined ? false : s.isSt,
    listDate: s.listDate === undefined ? "2010-01-04" : s.listDate,
    suspended,
    upLimitFen: s.upLimit === undefined ? null : fen(s.upLimit),
    downLimitFen: s.downLimit === undefined ? null : fen(s.downLimit),
  };
}

export function index(
  code: string,
  bar: {prevClose: number; open: number; high: number; low: number; close: number},
  kind: IndexQuote["kind"] = "broad",
  name = `Index ${code}`,
): IndexQuote {
  return {code, name, nameEn: null, kind, ...bar, amountYuan: null};
}

export function snapshot(
  date: string,
  stocks: StockQuote[],
  options: {indices?: IndexQuote[]; members?: Record<string, string[]>; session?: "close" | "midday"} = {},
): Snapshot {
  return {
    meta: {date, session: options.session ?? "close", timezone: "Asia/Shanghai", source: "Test fixture"},
    stocks: [...stocks].sort((a, b) => (a.code < b.code ? -1 : 1)),
    indices: [...(options.indices ?? [])].sort((a, b) => (a.code < b.code ? -1 : 1)),
    members: options.members ?? {},
  };
}

/** Weekday dates from `from` through `to` inclusive (a stand-in trading calendar). */
export function weekdays(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    const d = new Date(t);
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) out.push(d.toISOString().slice(0, 10));
  }
  return out;
}

export function day(
  today: Snapshot,
  history: Partial<History> & {days?: Snapshot[]; indexBars?: Record<string, IndexBar[]>} = {},
): Day {
  const days = history.days ?? [];
  const calendar = history.calendar ?? [...days.map((d) => d.meta.date), today.meta.date];
  return {snapshot: today, history: {calendar, days, indexBars: history.indexBars ?? {}, master: history.master ?? EMPTY_MASTER}};
}

/** Index bars from [date, open, high, low, close] rows. */
export function bars(code: string, rows: readonly (readonly [string, number, number, number, number])[]): IndexBar[] {
  return rows.map(([date, open, high, low, close]) => ({date, code, open, high, low, close}));
}
