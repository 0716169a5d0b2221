import type {Story} from "../analytics/types.ts";
import type {ComposeContext} from "./context.ts";
import {count, grouped, level, ordinal, percent, percentAbs, points} from "./format.ts";
import {PATTERN_LABEL} from "./charts/indexCandles.ts";
import {highestSince, monthYear, moved, sentence} from "./words.ts";
import {headlineAngle, sameSubjectAsBefore} from "./headlineAngle.ts";
import {COMPOSITE} from "../market/broadIndices.ts";

const years = (n: number | null, historyStart: string | null) =>
  n === null ? (historyStart ? `in data back to ${monthYear(historyStart)}` : "in the data available") : n === 1 ? "in a year" : `in ${n === 2 ? "two" : n === 3 ? "three" : n} years`;

/** "Limit-ups rise to 52 from 40" / "fall to …" / "hold at 40": the day's count against the day before. */
function limitUpsAgainstBefore(ctx: ComposeContext): string {
  const now = ctx.facts.limits.limitUpCount;
  const before = ctx.facts.previous?.limitUpCount;
  if (before === undefined || before === now) return `Limit-ups hold at ${grouped(now)}`;
  return `Limit-ups ${now > before ? "rise" : "fall"} to ${grouped(now)} from ${grouped(before)}`;
}

/**
 * The top story told from another angle, for a day whose top story is of the same kind as the
 * previous session's (see headlineAngle.ts): what changed, not the same template again.
 */
function repeatHeadline(ctx: ComposeContext, story: Story, angle: 1 | 2): string {
  const same = sameSubjectAsBefore(ctx.facts);
  const m = ctx.isMidday;
  switch (story.kind) {
    case "ladder": {
      const top = ctx.facts.ladder.rungs[0]?.stocks[0];
      if (!top) return `Limit-up ladder reaches ${story.maxHeight} boards`;
      if (angle === 2) return `${limitUpsAgainstBefore(ctx)} as ${top.name} ${m ? "is limit-up for" : "seals"} a ${ordinal(story.maxHeight)} straight ${m ? "session" : "board"}`;
      return same ? `${top.name} extends its limit-up streak to ${count(story.maxHeight)} sessions` : `${top.name} takes the top of the limit-up ladder at ${count(story.maxHeight)} boards`;
    }
    case "sectorStreak":
      if (angle === 1) {
        return story.lowerBound
          ? `${story.name} index keeps rising, at least ${count(story.sessions)} sessions in a row`
          : `${story.name} index rises for a ${ordinal(story.sessions)} straight session`;
      }
      return `${story.name} index run reaches ${story.lowerBound ? "at least " : ""}${count(story.sessions)} sessions, ${percent(story.cumulativeChange, {signed: true})} in all`;
    case "recordClose":
      return angle === 1 ? `${indexLabel(ctx, story)} ${m ? "trades at" : "closes at"} ${points(story.close)}, ${highestSince(story, m)}` : `Another high for ${story.name}: ${points(story.close)}, ${highestSince(story, m)}`;
    case "roundLevel":
      return angle === 1
        ? `${indexLabel(ctx, story)} breaks through ${level(story.level)}, a first ${years(story.yearsSince, story.historyStart)}`
        : `${indexLabel(ctx, story)} clears ${level(story.level)} for the first time ${years(story.yearsSince, story.historyStart)}`;
    case "bigIndexMove":
      return angle === 1
        ? `${story.name} ${story.pctChange > 0 ? "gains" : "loses"} ${percentAbs(story.pctChange)} in another big move`
        : `Another big swing: ${story.name} ${story.pctChange > 0 ? "up" : "down"} ${percentAbs(story.pctChange)}`;
    case "engulfing":
      return angle === 1 ? `${story.name} prints a ${PATTERN_LABEL[story.pattern]}` : `Candles turn ${story.pattern === "bullishEngulfing" ? "up" : "down"} on the ${story.name}: a ${PATTERN_LABEL[story.pattern]}`;
    case "breadthExtreme":
      return angle === 1
        ? `${story.direction === "up" ? "Gains" : "Losses"} spread again: ${grouped(story.direction === "up" ? story.advancers : story.decliners)} stocks ${story.direction === "up" ? "rise" : "fall"}`
        : `Another one-sided day as ${grouped(story.direction === "up" ? story.advancers : story.decliners)} stocks ${story.direction === "up" ? "rise" : "fall"}`;
    case "sealRate":
      return angle === 1 ? `Seal rate at ${percent(story.sealRate)}` : `${limitUpsAgainstBefore(ctx)}, seal rate ${percent(story.sealRate)}`;
  }
}

/** "SSE Composite" for a broad index, "Lithium Battery index" for a sector. */
const indexLabel = (ctx: ComposeContext, story: {code: string; name: string}): string =>
  ctx.facts.indices.some((i) => i.code === story.code) ? story.name : `${story.name} index`;

/** One story as a headline-style clause (no final period). */
export function storyHeadline(ctx: ComposeContext, story: Story): string {
  switch (story.kind) {
    case "roundLevel":
      return `${indexLabel(ctx, story)} ${ctx.isMidday ? "climbs" : "closes"} above ${level(story.level)} for the first time ${years(story.yearsSince, story.historyStart)}`;
    case "recordClose":
      return story.lastHigherDate
        ? `${indexLabel(ctx, story)} ${ctx.isMidday ? "trades at its highest level" : "posts its highest close"} since ${monthYear(story.lastHigherDate)}`
        : `${indexLabel(ctx, story)} ${ctx.isMidday ? "trades" : "closes"} at its highest in data back to ${story.historyStart ? monthYear(story.historyStart) : "the start"}`;
    case "sectorStreak":
      return `${story.name} index extends its winning streak to ${story.sessions} sessions`;
    case "ladder": {
      const top = ctx.facts.ladder.rungs[0]?.stocks[0];
      if (!top) return `Limit-up ladder reaches ${story.maxHeight} boards`;
      return ctx.isMidday
        ? `${top.name} is limit-up for a ${ordinal(story.maxHeight)} straight session`
        : `${top.name} logs its ${ordinal(story.maxHeight)} straight limit-up close`;
    }
    case "breadthExtreme":
      return story.direction === "up"
        ? `Broad rally as ${grouped(story.advancers)} stocks rise and ${grouped(story.decliners)} fall`
        : `Broad sell-off as ${grouped(story.decliners)} stocks fall and ${grouped(story.advancers)} rise`;
    case "bigIndexMove":
      return `${story.name} ${story.pctChange > 0 ? ctx.vary("headline-jump", ["jumps", "surges", "rallies"]) : ctx.vary("headline-drop", ["drops", "tumbles", "slides"])} ${percentAbs(story.pctChange)}${story.reclaimedPreviousLoss ? ", erasing the previous session's loss" : ""}`;
    case "engulfing": {
      const after = story.after.length > 0 ? ` after a ${PATTERN_LABEL[story.after[0] as keyof typeof PATTERN_LABEL]}` : "";
      return `${story.name} forms a ${PATTERN_LABEL[story.pattern]} pattern${after}`;
    }
    case "sealRate":
      return `${percent(story.sealRate)} of limit-up attempts hold`;
  }
}

/** Headline and dek: the strongest story leads; the next one or the broad market fills the dek. */
export function headline(ctx: ComposeContext): {title: string; dek: string} {
  const [first, second, third] = ctx.facts.stories;
  const composite = ctx.facts.indices.find((i) => i.code === COMPOSITE);
  const market = composite ? `The SSE Composite ${moved(ctx, composite, "dek")}${ctx.isMidday ? " by the midday break" : ""}.` : "";
  if (!first) {
    return {
      title: composite ? `SSE Composite ${moved(ctx, composite, "title")}` : `A-share market brief for ${ctx.facts.date}`,
      dek: market,
    };
  }
  const prefix = ctx.isMidday ? "Midday: " : "";
  const angle = headlineAngle(ctx.facts);
  const title = angle === 0 ? storyHeadline(ctx, first) : repeatHeadline(ctx, first, angle);
  const more = [second, third].filter((s): s is Story => s !== undefined).map((s) => `${sentence(storyHeadline(ctx, s))}.`);
  return {title: `${prefix}${sentence(title)}`, dek: [...more.slice(0, 1), market].filter(Boolean).join(" ")};
}
