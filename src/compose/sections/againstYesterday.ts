/**
 * The day set against the session before, in one paragraph of the breadth section: turnover up
 * or down, how yesterday's limit-up stocks did, and how many of each rung went one higher.
 */
import type {PreviousSession} from "../../analytics/types.ts";
import type {ComposeContext} from "../context.ts";
import {paragraph} from "../context.ts";
import {agree, count, listing, longDate, percent, yuanAmount} from "../format.ts";
import type {Block} from "../types.ts";

/** "12 of 70 first boards went on to a second straight limit-up, 3 of 11 on two straight made it three" (lowest three rungs). */
function promotions(prev: PreviousSession): string | null {
  const rungs = prev.promotion.filter((p) => p.count > 0).slice(0, 3);
  if (rungs.length === 0) return null;
  const parts = rungs.map((p) =>
    p.height === 1
      ? `${count(p.promoted)} of ${count(p.count)} first board${agree(p.count, "", "s")} went on to a second straight limit-up`
      : `${count(p.promoted)} of ${count(p.count)} on ${count(p.height)} straight made it ${count(p.height + 1)}`,
  );
  return `Up the ladder, ${listing(parts)}.`;
}

export function againstYesterday(ctx: ComposeContext): Block | null {
  const prev = ctx.facts.previous;
  if (!prev) return null;
  const change = prev.turnoverChangeYuan;
  const turnover =
    change !== null && change !== 0
      ? `Turnover ${change > 0 ? "rose" : "fell"} ${yuanAmount(Math.abs(change))} from the previous session on ${longDate(prev.date, {short: true})}.`
      : null;
  const y = prev.limitUpsToday;
  const yesterday =
    y.count === 0
      ? `No stock had closed limit-up on ${longDate(prev.date, {short: true})}.`
      : `Of the ${count(y.count)} ${agree(y.count, "stock", "stocks")} that closed limit-up on ${longDate(prev.date, {short: true})}, ${count(y.sealedAgain)} ${ctx.isMidday ? "stood at" : "closed"} limit-up again and ${count(y.rose)} rose${y.averagePctChange !== null ? `, for an average change of ${percent(y.averagePctChange, {signed: true})}` : ""}${y.traded < y.count ? ` (${count(y.count - y.traded)} did not trade)` : ""}.`;
  return paragraph(turnover, yesterday, promotions(prev));
}
