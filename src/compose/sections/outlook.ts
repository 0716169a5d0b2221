import type {ComposeContext} from "../context.ts";
import {paragraph} from "../context.ts";
import type {IndexFacts} from "../../analytics/types.ts";
import {count, level, listing, percent, points} from "../format.ts";
import {spotlightSector} from "./spotlight.ts";
import {PATTERN_LABEL} from "../charts/indexCandles.ts";
import type {Section} from "../types.ts";
import {longRuns} from "../longRuns.ts";
import {highestSince} from "../words.ts";

/**
 * What the charts say, stated as conditions rather than forecasts: patterns, streaks and
 * levels on the broad indices, each from the facts.
 */
export function outlook(ctx: ComposeContext): Section | null {
  const sentences: string[] = [];
  const broad = ctx.facts.indices.filter((i) => i.kind === "broad");
  for (const index of broad) {
    const p = index.patterns[0];
    if (p?.name === "bullishEngulfing") {
      sentences.push(`A bullish engulfing ${index.priorDownSessions >= 2 ? `after ${count(index.priorDownSessions)} declines ` : ""}is read by chartists as a possible turn; a ${ctx.isMidday ? "fall" : "close"} back below today's open of ${points(index.open)} on the ${index.name} would undo it.`);
    } else if (p?.name === "bearishEngulfing") {
      sentences.push(`The bearish engulfing on the ${index.name} puts today's open of ${points(index.open)} in focus as resistance.`);
    } else if (p?.name === "doji" || p?.name === "spinningTop") {
      sentences.push(`The ${index.name}'s ${PATTERN_LABEL[p.name]} shows buyers and sellers in balance; the next session's direction settles it.`);
    } else if (p?.name === "hammer") {
      sentences.push(`The ${index.name}'s hammer, with its long lower shadow, shows dip buying near ${points(index.low)}.`);
    }
    if (index.record.sessionsSinceHigher >= 120) {
      sentences.push(`The ${index.name} is at ${highestSince(index.record, ctx.isMidday)}; the next test is whether it holds there.`);
    }
  }
  sentences.push(...streakSentences(broad));
  const theme = spotlightSector(ctx);
  if (theme?.roundLevel) {
    sentences.push(`For the ${theme.name} index, ${level(theme.roundLevel.level)} is now the line to hold: a ${ctx.isMidday ? "fall" : "close"} back below it would undo the breakout.`);
  } else if (theme?.upStreak && theme.upStreak.sessions >= 5) {
    sentences.push(`The ${theme.name} index's ${count(theme.upStreak.sessions)}-session run (${percent(theme.upStreak.cumulativeChange, {signed: true})}) leaves it stretched; the first down day will show how much of the gain holds.`);
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

/**
 * Long runs on the broad indices, one sentence per direction: "Runs worth watching: the SSE
 * Composite has risen four sessions in a row (+3.12%), the ChiNext Index five (+5.44%)."
 */
function streakSentences(broad: IndexFacts[]): string[] {
  const out: string[] = [];
  for (const direction of ["up", "down"] as const) {
    const runs = longRuns(broad, direction);
    const [first, ...rest] = runs;
    if (!first?.streak) continue;
    const verb = direction === "up" ? "risen" : "fallen";
    const atLeast = (i: IndexFacts) => (i.streak?.lowerBound ? "at least " : "");
    const change = (i: IndexFacts) => percent(i.streak?.cumulativeChange ?? 0, {signed: true});
    const head = `the ${first.name} has ${verb} ${atLeast(first)}${count(first.streak.sessions)} sessions in a row (${change(first)})`;
    const others = rest.map((i) => `the ${i.name} ${atLeast(i)}${count(i.streak?.sessions ?? 0)} (${change(i)})`);
    out.push(`Runs worth watching: ${listing([head, ...others])}.`);
  }
  return out;
}
