/**
 * One story stated as a sentence of the body, with its figure beside its subject's name: the
 * lede opens with the top story in this form, and the sector section states the sector stories
 * the spotlight does not. English; the Chinese edition has its own in zh/storySentence.ts.
 */
import type {Story} from "../analytics/types.ts";
import {indexClose} from "./indexClose.ts";
import type {ComposeContext} from "./context.ts";
import {agree, count, grouped, level, listing, longDate, ordinal, percent, percentAbs, points} from "./format.ts";
import {PATTERN_LABEL} from "./charts/indexCandles.ts";
import {dataBackTo, highestSince} from "./words.ts";

/** "the SSE Composite (000001.SH)" for a broad index, "the Lithium Battery (885710.TI) index" for a sector. */
export function indexPhrase(ctx: ComposeContext, code: string, name: string): string {
  const broad = ctx.facts.indices.some((i) => i.code === code);
  return `the ${ctx.name(code, name)}${broad ? "" : " index"}`;
}

/** The story as a clause starting with its subject (no capital, no period): "the ChiNext Index (399006.SZ) surged 3.23% to 2,064.77". */
export function storyClause(ctx: ComposeContext, story: Story): string {
  const m = ctx.isMidday;
  switch (story.kind) {
    case "roundLevel": {
      const since = story.lastAboveDate ? `for the first time since ${longDate(story.lastAboveDate)}` : `for the first time ${dataBackTo(story.historyStart)}`;
      return `${indexPhrase(ctx, story.code, story.name)} ${m ? "rose above" : "closed above"} ${level(story.level)} ${since}, ${story.pctChange >= 0 ? "up" : "down"} ${percentAbs(story.pctChange)} at ${points(story.close)}${m ? " by the midday break" : ""}`;
    }
    case "recordClose":
      return `${indexPhrase(ctx, story.code, story.name)} ${m ? "stood at" : "closed at"} ${points(story.close)}${m ? " at the midday break" : ""}, ${highestSince(story, m)}`;
    case "sectorStreak":
      // A lower bound cannot take an ordinal ("a 17th straight session" would claim the start).
      return story.lowerBound
        ? `${indexPhrase(ctx, story.code, story.name)} ${m ? "was up" : "rose"} for at least ${count(story.sessions)} sessions in a row${m ? " by the midday break" : ""}, ${percent(story.cumulativeChange, {signed: true})} since ${longDate(story.startDate)}, as far back as the data goes`
        : `${indexPhrase(ctx, story.code, story.name)} ${m ? "was up" : "rose"} for a ${ordinal(story.sessions)} straight session${m ? " by the midday break" : ""}, ${percent(story.cumulativeChange, {signed: true})} over a run that began on ${longDate(story.startDate)}`;
    case "ladder": {
      const top = ctx.facts.ladder.rungs[0]?.stocks ?? [];
      const names = top.length > 0 ? listing(top.map((s) => ctx.name(s.code, s.name))) : `${count(story.consecutiveCount)} ${agree(story.consecutiveCount, "stock")}`;
      const verb = m ? `${agree(top.length, "was", "were")} limit-up at the midday break` : "closed limit-up";
      return `${names} ${verb} for a ${ordinal(story.maxHeight)} straight session, the top of the day's limit-up ladder`;
    }
    case "breadthExtreme":
      return story.direction === "up"
        ? `${grouped(story.advancers)} stocks rose against ${grouped(story.decliners)} that fell`
        : `${grouped(story.decliners)} stocks fell against ${grouped(story.advancers)} that rose`;
    case "bigIndexMove": {
      const close = indexClose(ctx.facts, story.code);
      const verb = story.pctChange > 0 ? ctx.vary("lede-jump", ["surged", "jumped", "rallied"]) : ctx.vary("lede-drop", ["tumbled", "slid", "dropped"]);
      return `${indexPhrase(ctx, story.code, story.name)} ${verb} ${percentAbs(story.pctChange)}${close === null ? "" : ` to ${points(close)}`}${story.reclaimedPreviousLoss ? ", more than making up the previous session's loss" : ""}`;
    }
    case "engulfing": {
      const close = indexClose(ctx.facts, story.code);
      return `${indexPhrase(ctx, story.code, story.name)} formed a ${PATTERN_LABEL[story.pattern]} pattern, ${story.pctChange >= 0 ? "rising" : "falling"} ${percentAbs(story.pctChange)}${close === null ? "" : ` to ${points(close)}`}`;
    }
    case "sealRate":
      return `${percent(story.sealRate)} of the stocks that touched the limit-up price held it (${grouped(story.limitUpCount)} sealed, ${grouped(story.brokenCount)} broke)`;
  }
}
