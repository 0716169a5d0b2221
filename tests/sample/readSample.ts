/**
 * Reads the committed sample straight from data/ (gunzip + csv-parse), independent of the
 * project's loader, and judges limits with the project's rules, as the story tests need.
 */
import {readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {gunzipSync} from "node:zlib";
import {parse} from "csv-parse/sync";
import {boardOf} from "../../src/market/board.ts";
import {limitDownFen, limitUpFen} from "../../src/market/limitPrice.ts";
import {limitRuleFor} from "../../src/market/limitRules.ts";
import {sessionsListed} from "../../src/market/sessionsListed.ts";

export const DATA = join(import.meta.dirname, "../../data");

export type Row = Record<string, string>;

const csv = (text: string): Row[] => parse(text, {columns: true, skip_empty_lines: true});
const fen = (price: string) => Math.round(Number(price) * 100);
const milli = (level: string) => Math.round(Number(level) * 1000);

export const dayFolders = () => readdirSync(DATA).filter((n) => /^\d{4}-\d{2}-\d{2}$/.test(n)).sort();

export interface IndexBarMilli {
  date: string;
  open: number;
  high: number;
  low: number;
  close: number;
}

/** Every index's bars from index-history.csv.gz, by code, oldest first. */
export function readIndexHistory(): Map<string, IndexBarMilli[]> {
  const out = new Map<string, IndexBarMilli[]>();
  for (const r of csv(gunzipSync(readFileSync(join(DATA, "index-history.csv.gz"))).toString("utf8"))) {
    const list = out.get(r.code as string) ?? [];
    list.push({date: r.date as string, open: milli(r.open as string), high: milli(r.high as string), low: milli(r.low as string), close: milli(r.close as string)});
    out.set(r.code as string, list);
  }
  return out;
}

export const readStocks = (date: string): Row[] => csv(gunzipSync(readFileSync(join(DATA, date, "stocks.csv.gz"))).toString("utf8"));
export const readIndices = (date: string): Row[] => csv(readFileSync(join(DATA, date, "indices.csv"), "utf8"));
export const readMembers = (date: string): Row[] => csv(readFileSync(join(DATA, date, "members.csv"), "utf8"));
export const readSecurities = (): Row[] => csv(readFileSync(join(DATA, "securities.csv"), "utf8"));
export const readNameHistory = (): Row[] => csv(readFileSync(join(DATA, "name-history.csv"), "utf8"));
/** The header row of a day's indices.csv, as written. */
export const indicesHeader = (date: string): string[] => (readFileSync(join(DATA, date, "indices.csv"), "utf8").split("\n")[0] as string).split(",");
export const readMeta = (date: string) => JSON.parse(readFileSync(join(DATA, date, "meta.json"), "utf8")) as Record<string, string>;

export interface Judged {
  code: string;
  prevFen: number;
  openFen: number;
  highFen: number;
  lowFen: number;
  closeFen: number;
  /** Headline: known, non-ST, with a percent limit. */
  headline: boolean;
  upFen: number | null;
  downFen: number | null;
  limitUp: boolean;
  broken: boolean;
  limitDown: boolean;
}

/** Traded stocks of a day with their limits by the project's rules (listing sessions on `calendar`). */
export function judgeDay(date: string, calendar: readonly string[]): Map<string, Judged> {
  const out = new Map<string, Judged>();
  for (const r of readStocks(date)) {
    if (r.suspended === "1") continue;
    const isSt = r.is_st === "" ? null : r.is_st === "1";
    const listDate = r.list_date === "" ? null : (r.list_date as string);
    const rule = limitRuleFor({board: boardOf(r.code as string), isSt, sessionsListed: sessionsListed(listDate, date, calendar), listDate, date});
    const prevFen = fen(r.prev_close as string);
    const closeFen = fen(r.close as string);
    const highFen = fen(r.high as string);
    const pct = rule?.kind === "pct" ? rule : null;
    const upFen = pct ? limitUpFen(prevFen, pct.up) : null;
    const downFen = pct ? limitDownFen(prevFen, pct.down) : null;
    out.set(r.code as string, {
      code: r.code as string, prevFen, openFen: fen(r.open as string), highFen, lowFen: fen(r.low as string), closeFen,
      headline: pct !== null && isSt === false, upFen, downFen,
      limitUp: closeFen === upFen, broken: highFen === upFen && closeFen !== upFen, limitDown: closeFen === downFen,
    });
  }
  return out;
}
