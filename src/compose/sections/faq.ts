import type {ComposeContext} from "../context.ts";
import {paragraph} from "../context.ts";
import {agree, countAtStart, grouped, listing, longDate, ordinal, percent, points} from "../format.ts";
import {PATTERN_LABEL} from "../charts/indexCandles.ts";
import type {Block, Section} from "../types.ts";
import {moved, sentence} from "../words.ts";
import {spotlightSector} from "./spotlight.ts";
import {amongKnown, incompleteCounts, noLimitCounts} from "../limitCounts.ts";
import {COMPOSITE} from "../../market/broadIndices.ts";

type QA = [question: string, answer: string];

/** Four to six questions a reader would ask, each answered from the facts alone. */
export function faq(ctx: ComposeContext): Section | null {
  const {facts} = ctx;
  const qas: QA[] = [];
  const composite = facts.indices.find((i) => i.code === COMPOSITE);
  if (composite) {
    qas.push([`How did the Shanghai market do ${ctx.isMidday ? "this morning" : "today"}?`, `The SSE Composite ${moved(ctx, composite, "faq")}${composite.change === 0 ? "" : `, ${composite.change > 0 ? "up" : "down"} ${points(Math.abs(composite.change))} points`}.`]);
  }
  const l = facts.limits;
  qas.push([
    "How many stocks hit the daily limit?",
    noLimitCounts(facts) ??
    `${limitUpAndDown(l.limitUpCount, l.limitDownCount, ctx.isMidday)}${amongKnown(facts)}, not counting ST stocks or new listings that trade without a limit.${l.sealRate !== null ? ` Of the ${grouped(l.touchedCount)} that touched the limit-up price, ${percent(l.sealRate)} held it.` : ""}${incompleteCounts(facts) ? ` ${incompleteCounts(facts)}` : ""} Including ST stocks, the counts are ${grouped(l.withSt.limitUpCount)} limit-up and ${grouped(l.withSt.limitDownCount)} limit-down.`,
  ]);
  const top = facts.ladder.rungs[0];
  if (top && top.height >= 2) {
    qas.push([
      "Which stock has the longest limit-up streak?",
      `${sentence(listing(top.stocks.map((s) => `${s.name} (${s.code}, up ${percent(s.cumulativeGain)} over the streak)`)))}, with a ${ordinal(top.height)} consecutive limit-up ${ctx.isMidday ? "session" : "close"}.`,
    ]);
  }
  const leader = facts.sectors.leaders[0];
  const laggard = facts.sectors.laggards[0];
  if (leader && laggard) {
    qas.push([
      "Which sectors led and lagged?",
      `${leader.name} led with ${percent(leader.pctChange, {signed: true})}; ${laggard.name} was weakest at ${percent(laggard.pctChange, {signed: true})}.`,
    ]);
  }
  const spot = spotlightSector(ctx);
  if (spot?.upStreak && spot.upStreak.sessions >= 3) {
    qas.push([
      `How long has the ${spot.name} index been rising?`,
      `It has risen ${spot.upStreak.lowerBound ? "at least " : ""}${spot.upStreak.sessions} sessions in a row since ${longDate(spot.upStreak.startDate)}, ${percent(spot.upStreak.cumulativeChange, {signed: true})} in all.`,
    ]);
  }
  const patterned = facts.indices.find((i) => i.kind === "broad" && i.patterns.length > 0);
  const pattern = patterned?.patterns[0];
  if (patterned && pattern) {
    qas.push([
      `What is the ${PATTERN_LABEL[pattern.name]} on the ${patterned.name}?`,
      `A candlestick pattern: ${PATTERN_DEF[pattern.name]} Today's bar opened at ${points(patterned.open)} and ${ctx.isMidday ? "stood at" : "closed at"} ${points(patterned.close)}${ctx.isMidday ? " at the break" : ""}, with a range of ${points(patterned.low)} to ${points(patterned.high)}.`,
    ]);
  }
  if (qas.length < 4) return null;
  const blocks: Block[] = qas.slice(0, 6).flatMap(([q, a]): Block[] => [{type: "subheading", text: q}, paragraph(a)]);
  return {id: "faq", heading: "FAQ", blocks};
}

/** "Six closed limit-up and 1 limit-down", with the edge cases a count of zero needs ("No stock closed limit-up or limit-down"). */
function limitUpAndDown(up: number, down: number, midday: boolean): string {
  const upWords = (n: number) => (midday ? `${agree(n, "was", "were")} limit-up at the midday break` : "closed limit-up");
  if (up === 0 && down === 0) return midday ? "No stock was limit-up or limit-down at the midday break" : "No stock closed limit-up or limit-down";
  if (up === 0) return `No stock ${upWords(1)}, and ${grouped(down)} ${midday ? `${agree(down, "was", "were")} limit-down` : "closed limit-down"}`;
  return `${countAtStart(up)} ${upWords(up)} and ${down === 0 ? (midday ? "none was limit-down" : "none closed limit-down") : `${grouped(down)} limit-down`}`;
}

const PATTERN_DEF: Record<keyof typeof PATTERN_LABEL, string> = {
  doji: "the open and close are almost equal, a sign of indecision.",
  spinningTop: "a small real body with shadows longer than the body on both sides, a sign of indecision.",
  bullishEngulfing: "a rising bar whose real body covers the whole real body of the falling bar before it.",
  bearishEngulfing: "a falling bar whose real body covers the whole real body of the rising bar before it.",
  hammer: "a small real body near the top of the range with a long lower shadow, after a decline.",
};
