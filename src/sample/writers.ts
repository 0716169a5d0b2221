/**
 * The snapshot files in the documented format (data/README.md), as bytes: a day folder's
 * meta.json, stocks.csv.gz, indices.csv and members.csv, and the long index-history.csv.gz.
 * Rows are sorted by code (history: by date, then code). The security master's two files are
 * written by the importers' masterFiles.
 */
import {csvText, gzip, milliText} from "./csv.ts";
import {fenText} from "../market/fen.ts";
import type {IndexDef} from "./indexCatalog.ts";
import type {MilliBar} from "./indexBars.ts";
import type {DayQuote} from "./simulateDay.ts";

const byCode = <T extends {code: string}>(a: T, b: T) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

const STOCK_HEADER = ["code", "name", "prev_close", "open", "high", "low", "close", "volume", "amount", "is_st", "list_date", "suspended"];

/**
 * `tradedName`: a stock's name as traded that day (with its ST or new-listing mark). Vendor limit
 * columns are written only when `vendorLimits`; rows without a percent limit (or with unknown ST) leave them empty.
 */
export function stocksCsv(quotes: readonly DayQuote[], vendorLimits: boolean, tradedName: (code: string) => string): Uint8Array {
  const rows = [...quotes]
    .sort((a, b) => byCode(a.stock, b.stock))
    .map((q) => {
      const b = q.bar;
      const row = [
        q.stock.code, tradedName(q.stock.code), fenText(q.prevFen),
        ...(b ? [b.openFen, b.highFen, b.lowFen, b.closeFen].map(fenText) : ["", "", "", ""]),
        String(q.volume), String(q.amountYuan),
        q.stock.stKnown ? (q.stock.isSt ? "1" : "0") : "", q.stock.listDate, b ? "0" : "1",
      ];
      if (!vendorLimits) return row;
      const l = q.limit;
      return l?.kind === "pct" && q.stock.stKnown ? [...row, fenText(l.upFen), fenText(l.downFen)] : [...row, "", ""];
    });
  return gzip(csvText(vendorLimits ? [...STOCK_HEADER, "up_limit", "down_limit"] : STOCK_HEADER, rows));
}

/** `amounts`: index code → turnover in yuan, for the indices that publish one. The English name comes last, as importers write it. */
export function indicesCsv(defs: readonly IndexDef[], barOf: (code: string) => MilliBar, amounts: ReadonlyMap<string, number>): string {
  const rows = [...defs].sort(byCode).map((d) => {
    const b = barOf(d.code);
    const amount = amounts.get(d.code);
    return [d.code, d.name, d.kind, ...[b.prev, b.open, b.high, b.low, b.close].map(milliText), amount === undefined ? "" : String(amount), d.nameEn];
  });
  return csvText(["code", "name", "kind", "prev_close", "open", "high", "low", "close", "amount", "name_en"], rows);
}

export function membersCsv(members: ReadonlyMap<string, readonly string[]>, listed: ReadonlySet<string>): string {
  const rows: string[][] = [];
  for (const index of [...members.keys()].sort()) {
    for (const stock of members.get(index) ?? []) if (listed.has(stock)) rows.push([index, stock]);
  }
  return csvText(["index_code", "stock_code"], rows);
}

export function metaJson(date: string, session: "close" | "midday", seed: number): string {
  const source = `Synthetic sample market (seed ${seed}) in the layout of Flush iFind exports; compiled by Market Brief`;
  return `${JSON.stringify({date, session, timezone: "Asia/Shanghai", source}, null, 2)}\n`;
}

/** Every index's bars, up to and including `lastDate`. */
export function indexHistoryCsv(bars: ReadonlyMap<string, readonly MilliBar[]>, lastDate: string): Uint8Array {
  const rows: {date: string; code: string; row: string[]}[] = [];
  for (const [code, list] of bars) {
    for (const b of list) {
      if (b.date <= lastDate) rows.push({date: b.date, code, row: [b.date, code, ...[b.open, b.high, b.low, b.close].map(milliText)]});
    }
  }
  rows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : byCode(a, b)));
  return gzip(csvText(["date", "code", "open", "high", "low", "close"], rows.map((r) => r.row)));
}
