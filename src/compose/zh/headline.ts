import type {Story} from "../../analytics/types.ts";
import type {ComposeContext} from "../context.ts";
import {level, num, pct, pctAbs, years} from "./format.ts";
import {indexName, moved, PATTERN_ZH} from "./words.ts";
import {COMPOSITE} from "../../market/broadIndices.ts";

/** One story as a Chinese headline clause (no final punctuation): "固态电池指数两年来首次站上1000点". */
export function storyHeadline(ctx: ComposeContext, story: Story): string {
  switch (story.kind) {
    case "roundLevel":
      return `${indexName(story.name)}${story.yearsSince === null ? "有数据以来首次" : `${years(story.yearsSince)}年来首次`}站上${level(story.level)}点`;
    case "recordClose":
      return `${indexName(story.name)}创${num(story.historySessions)}个交易日新高`;
    case "sectorStreak":
      return `${indexName(story.name)}${story.lowerBound ? "至少" : ""}连涨${story.sessions}个交易日`;
    case "ladder": {
      const top = ctx.facts.ladder.rungs[0]?.stocks[0];
      return top ? `${top.name}${story.maxHeight}连板` : `连板高度升至${story.maxHeight}板`;
    }
    case "breadthExtreme":
      return story.direction === "up" ? `${num(story.advancers)}只个股上涨，市场普涨` : `${num(story.decliners)}只个股下跌，市场普跌`;
    case "bigIndexMove": {
      const verb = story.pctChange > 0 ? ctx.vary("zh-headline-jump", ["大涨", "强势上涨"]) : ctx.vary("zh-headline-drop", ["大跌", "重挫"]);
      return `${story.name}${verb}${pctAbs(story.pctChange)}${story.reclaimedPreviousLoss ? "，收复前一交易日失地" : ""}`;
    }
    case "engulfing": {
      const after = story.after[0];
      return `${story.name}${after ? `${PATTERN_ZH[after]}后` : ""}${ctx.isMidday ? "走出" : "收出"}${PATTERN_ZH[story.pattern]}形态`;
    }
    case "sealRate":
      return `封板率${story.sealRate >= 0.8 ? "达" : "仅"}${pct(story.sealRate)}`;
  }
}

/**
 * 标题 and 导语 from the ranked stories, as the English headline picks them: the strongest story
 * leads; the title adds the next story about something else (Chinese headlines carry two
 * clauses); the dek tells the next one and the SSE Composite's move.
 */
export function headline(ctx: ComposeContext): {title: string; dek: string} {
  const [first, ...rest] = ctx.facts.stories;
  const composite = ctx.facts.indices.find((i) => i.code === COMPOSITE);
  const market = composite ? `${composite.name}${moved(ctx, composite)}。` : "";
  const prefix = ctx.isMidday ? "午评：" : "";
  if (!first) {
    return {title: composite ? `${prefix}${composite.name}${moved(ctx, composite)}` : `${prefix}A股市场简报`, dek: market};
  }
  const other = rest.find((s) => !s.subjects.some((code) => first.subjects.includes(code)));
  const title = [first, other].filter((s): s is Story => s !== undefined).map((s) => storyHeadline(ctx, s)).join("，");
  const next = rest.find((s) => s !== other);
  return {title: `${prefix}${title}`, dek: `${next ? `${storyHeadline(ctx, next)}。` : ""}${market}`};
}
