/**
 * A stock's price limits on a day, by the project's own rules (limitRuleFor, limitUpFen,
 * limitDownFen) with listing sessions counted on the trading calendar: the generator uses
 * exactly what the analytics will check. The stock's true ST status is used even when the
 * file leaves it unknown, so that stock still moves within its real limits.
 */
import {limitRuleFor} from "../market/limitRules.ts";
import {limitDownFen, limitUpFen} from "../market/limitPrice.ts";
import {sessionsListed} from "../market/sessionsListed.ts";
import type {Stock} from "./stock.ts";

export type SampleLimit =
  | {kind: "pct"; upFen: number; downFen: number; upPct: number; downPct: number}
  | {kind: "none"; session: number};

export function sampleLimit(stock: Stock, prevFen: number, date: string, calendar: readonly string[]): SampleLimit {
  const sessions = sessionsListed(stock.listDate, date, calendar);
  const rule = limitRuleFor({board: stock.board, isSt: stock.isSt, sessionsListed: sessions, listDate: stock.listDate, date});
  if (rule === null || sessions === null) throw new Error(`no limit rule for ${stock.code} on ${date}`);
  if (rule.kind === "none") return {kind: "none", session: sessions};
  return {kind: "pct", upFen: limitUpFen(prevFen, rule.up), downFen: limitDownFen(prevFen, rule.down), upPct: rule.up, downPct: rule.down};
}
