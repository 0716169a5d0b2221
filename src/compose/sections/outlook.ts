import type {ComposeContext} from "../context.ts";
import {paragraph} from "../context.ts";
import {count, percent, points} from "../format.ts";
import {PATTERN_LABEL} from "../charts/indexCandles.ts";
import type {Section} from "../types.ts";

/**
 * What the charts say, stated as conditions rather than forecasts: patterns, streaks and
 * levels on the broad indices, each from the facts.
 */
export function outlook(ctx: ComposeContext): Section | null {
  const sentences: string[] = [];
  for (const index of ctx.facts.indices.filter((i) => i.kind === "broad")) {
    const p = index.patterns[0];
    if (p?.name === "bullishEngulfing") {
      sentences.push(`A bullish engulfing ${index.priorDownSessions >= 2 ? `after ${count(index.priorDownSessions)} declines ` : ""}is read by chartists as a possible turn; a close back below today's open of ${points(index.open)} on the ${index.name} would undo it.`);
    } else if (p?.name === "bearishEngulfing") {
      sentences.push(`The bearish engulfing on the ${index.name} puts today's open of ${points(index.open)} in focus as resistance.`);
    } else if (p?.name === "doji" || p?.name === "spinningTop") {
      sentences.push(`The ${index.name}'s ${PATTERN_LABEL[p.name]} shows buyers and sellers in balance; the next session's direction settles it.`);
    } else if (p?.name === "hammer") {
      sentences.push(`The ${index.name}'s hammer, with its long lower shadow, shows dip buying near ${points(index.low)}.`);
    }
    if (index.streak && index.streak.sessions >= 4) {
      sentences.push(`The ${index.name} has moved ${index.streak.direction} for ${count(index.streak.sessions)} sessions (${percent(index.streak.cumulativeChange, {signed: true})}).`);
    }
    if (index.record.isRecord && index.record.historySessions >= 120) {
      sentences.push(`The ${index.name} closed at its highest level in ${index.record.historySessions} sessions.`);
    }
  }
  const seal = ctx.facts.limits.sealRate;
  if (seal !== null) {
    sentences.push(
      seal >= 0.75
        ? `A seal rate of ${percent(seal)} says speculative money held its positions into the ${ctx.isMidday ? "break" : "close"}.`
        : seal < 0.6
          ? `A seal rate of only ${percent(seal)} shows many limit-up attempts were sold into.`
          : `The seal rate of ${percent(seal)} is middling.`,
    );
  }
  if (sentences.length === 0) return null;
  return {id: "technical-outlook", heading: "Technical outlook", blocks: [paragraph(...sentences)]};
}
