import type {Story} from "../analytics/types.ts";
import type {ComposeContext} from "./context.ts";
import {grouped, level, ordinal, percent, percentAbs} from "./format.ts";
import {PATTERN_LABEL} from "./charts/indexCandles.ts";
import {moved, sentence} from "./words.ts";
import {COMPOSITE} from "../market/broadIndices.ts";

const years = (n: number | null) => (n === null ? "in the available history" : n === 1 ? "in a year" : `in ${n === 2 ? "two" : n === 3 ? "three" : n} years`);

/** One story as a headline-style clause (no final period). */
export function storyHeadline(ctx: ComposeContext, story: Story): string {
  switch (story.kind) {
    case "roundLevel":
      return `${story.name} index closes above ${level(story.level)} for the first time ${years(story.yearsSince)}`;
    case "recordClose":
      return `${story.name} index sets its highest close in ${grouped(story.historySessions)} sessions`;
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
  const market = composite ? `The SSE Composite ${moved(ctx, composite, "dek")}${ctx.isMidday ? " by midday" : ""}.` : "";
  if (!first) {
    return {
      title: composite ? `SSE Composite ${moved(ctx, composite, "title")}` : `A-share market brief for ${ctx.facts.date}`,
      dek: market,
    };
  }
  const prefix = ctx.isMidday ? "Midday: " : "";
  const more = [second, third].filter((s): s is Story => s !== undefined).map((s) => `${sentence(storyHeadline(ctx, s))}.`);
  return {title: `${prefix}${sentence(storyHeadline(ctx, first))}`, dek: [...more.slice(0, 1), market].filter(Boolean).join(" ")};
}
