/**
 * One stock's sessions before today, newest first, each judged under its own date's limit
 * rule: what consecutive limit-ups (连板) and N天M板 are counted from. The walk ends where the
 * data ends: a session with no snapshot, a day before the stock listed, or an unknown limit.
 */
import type {DayContext} from "./dayContext.ts";
import {limitFlags} from "./limitStatus.ts";
import {lowerBound} from "../market/sessionsListed.ts";
import {stockLimit} from "./stockLimit.ts";
import type {StockQuote} from "../snapshot/types.ts";

export type PastSession =
  | {date: string; kind: "limitUp" | "other" | "suspended"; quote: StockQuote}
  /** The walk stops here: no snapshot that day, the stock missing from it (not listed yet, or absent), or its limit unknown. */
  | {date: string; kind: "noData" | "notListed" | "missing" | "unknownLimit"};

/** Sessions before ctx.date for `code`, newest first; ends after the first stopping session, or when the calendar runs out. */
export function* limitUpWalk(code: string, ctx: DayContext): Generator<PastSession> {
  const {calendar, master} = ctx.day.history;
  const today = ctx.quotes.get(code);
  const listDate = today?.listDate ?? master.securities.get(code)?.listDate ?? null;
  for (let i = lowerBound(calendar, ctx.date) - 1; i >= 0; i -= 1) {
    const date = calendar[i] as string;
    const quotes = ctx.quotesOn(date);
    if (!quotes) return yield {date, kind: "noData"};
    const q = quotes.get(code);
    if (!q) return yield {date, kind: listDate !== null && date < listDate ? "notListed" : "missing"};
    if (q.suspended || q.closeFen === null) {
      yield {date, kind: "suspended", quote: q};
      continue;
    }
    const limit = stockLimit(q, date, calendar, master);
    if (limit.kind === "unknown") return yield {date, kind: "unknownLimit"};
    yield {date, kind: limitFlags(q, limit).limitUp ? "limitUp" : "other", quote: q};
  }
}
