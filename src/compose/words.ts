import type {Board} from "../market/board.ts";
import type {IndexFacts} from "../analytics/types.ts";
import type {ComposeContext} from "./context.ts";
import {longDate, percentAbs, points} from "./format.ts";

export const BOARD_NAME: Record<Board, string> = {
  main: "the main boards",
  chinext: "ChiNext",
  star: "the STAR Market",
  bse: "the Beijing Stock Exchange",
};

/** "rose 1.23% to 3,456.78" / "fell …" / "was flat at …" */
export function moved(ctx: ComposeContext, index: IndexFacts, topic: string): string {
  if (index.change === 0) return `was flat at ${points(index.close)}`;
  const up = index.change > 0;
  const verb = ctx.vary(`${topic}:${index.code}`, up ? ["rose", "gained", "added", "climbed"] : ["fell", "lost", "slipped", "declined"]);
  return `${verb} ${percentAbs(index.pctChange)} to ${points(index.close)}`;
}

/** Capitalizes the first letter of a sentence. */
export const sentence = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** "2023-03-07" → "March 2023". */
export function monthYear(iso: string): string {
  return longDate(iso).replace(/ \d+,/, "");
}

/** What a record close rests on: the last higher close, or where the history starts. */
interface HighSince {
  lastHigherDate: string | null;
  historyStart: string | null;
}

/**
 * "its highest close since March 2023" when an earlier close was higher; else "its highest close
 * in data going back to January 3, 2023" (history is finite: never "a record"). At midday the
 * level is not a close: "its highest level".
 */
export function highestSince(r: HighSince, isMidday: boolean): string {
  const what = isMidday ? "its highest level" : "its highest close";
  if (r.lastHigherDate) return `${what} since ${monthYear(r.lastHigherDate)}`;
  return r.historyStart ? `${what} in data going back to ${longDate(r.historyStart)}` : `${what} in the data available`;
}

/** Where history starts, for a round level never reached before: "in data going back to January 3, 2023". */
export const dataBackTo = (historyStart: string | null): string => (historyStart ? `in data going back to ${longDate(historyStart)}` : "in the data available");
