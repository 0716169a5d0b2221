/**
 * The day set against the session before, in one paragraph of the breadth section: turnover up
 * or down, the limit-up, limit-down and broken counts against the previous session's, how
 * yesterday's limit-up stocks did, and how many of each rung went one higher.
 */
import type {PreviousSession} from "../../analytics/types.ts";
import type {ComposeContext} from "../context.ts";
import {paragraph} from "../context.ts";
import {agree, count, grouped, listing, longDate, percent, yuanAmount} from "../format.ts";
import type {Block} from "../types.ts";

/** "12 of 70 first boards went on to a second straight limit-up, 3 of 11 on two straight made it three" (lowest three rungs). */
function promotions(prev: PreviousSession): string | null {
  const rungs = prev.promotion.filter((p) => p.count > 0).slice(0, 3);
  if (rungs.length === 0) return null;
  const parts = rungs.map((p) => {
    if (p.count === 1 && p.promoted === 0) {
      return p.height === 1 ? "the one first board did not go on to a second" : `the one on ${count(p.height)} straight did not make it ${count(p.height + 1)}`;
    }
    const promoted = p.promoted === 0 ? "none" : count(p.promoted);
    return p.height === 1
      ? `${promoted} of ${count(p.count)} first board${agree(p.count, "", "s")} went on to a second straight limit-up`
      : `${promoted} of ${count(p.count)} on ${count(p.height)} straight made it ${count(p.height + 1)}`;
  });
  return `Up the ladder, ${listing(parts)}.`;
}

/**
 * "Against the previous session, limit-ups rose to 40 from 24, limit-downs fell to 8 from 38 and
 * broken boards held at 11." At midday the morning's counts are not set against a whole day: the
 * previous session's are given as they were.
 */
function countsAgainst(ctx: ComposeContext, prev: PreviousSession): string {
  const l = ctx.facts.limits;
  const when = longDate(prev.date, {short: true});
  const pairs: [string, number, number][] = [
    ["limit-up", l.limitUpCount, prev.limitUpCount],
    ["limit-down", l.limitDownCount, prev.limitDownCount],
    ["broken board", l.brokenCount, prev.brokenCount],
  ];
  const some = (n: number, noun: string) => (n === 0 ? `no ${noun}s` : `${grouped(n)} ${agree(n, noun, `${noun}s`)}`);
  if (ctx.isMidday) return `The previous session, on ${when}, ended with ${listing(pairs.map(([noun, , before]) => some(before, noun)))}.`;
  // Counts that stayed at zero are said once, together: "there were again no limit-downs".
  const still = pairs.filter(([, now, before]) => now === 0 && before === 0).map(([noun]) => `${noun}s`);
  const moves = pairs
    .filter(([, now, before]) => now !== 0 || before !== 0)
    .map(([noun, now, before]) => (now === before ? `${noun}s held at ${grouped(now)}` : `${noun}s ${now > before ? "rose" : "fell"} to ${grouped(now)} from ${grouped(before)}`));
  const none = still.length > 0 ? `no ${still.length === 3 ? "limit-ups, limit-downs or broken boards" : still.join(" or ")}` : "";
  if (moves.length === 0) return `As in the previous session, there were ${none}.`;
  return `Against the previous session, ${listing(moves)}${none ? `; there were again ${none}` : ""}.`;
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
  const counts = ctx.facts.limits.knownCount > 0 ? countsAgainst(ctx, prev) : null;
  return paragraph(turnover, counts, yesterday, promotions(prev));
}
