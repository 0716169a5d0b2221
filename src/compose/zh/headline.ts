import type {Story} from "../../analytics/types.ts";
import type {ComposeContext} from "../context.ts";
import {jia, level, num, pct, pctAbs, points, upDown, years} from "./format.ts";
import {highestSince, indexName, moved, PATTERN_ZH, yearMonth} from "./words.ts";
import {headlineAngle, sameSubjectAsBefore} from "../headlineAngle.ts";
import {COMPOSITE} from "../../market/broadIndices.ts";

/** One story as a Chinese headline clause (no final punctuation): "固态电池指数两年来首次站上1000点". */
export function storyHeadline(ctx: ComposeContext, story: Story): string {
  switch (story.kind) {
    case "roundLevel":
      return `${indexName(story.name)}${story.yearsSince === null ? "有数据以来首次" : `${years(story.yearsSince)}年来首次`}站上${level(story.level)}点`;
    case "recordClose":
      return `${indexName(story.name)}${story.lastHigherDate ? `创${yearMonth(story.lastHigherDate)}以来新高` : "创有数据以来新高"}`;
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

/** "涨停增至52家" / "涨停减至31家" / "涨停持平于40家": the day's count against the day before. */
function limitUpsAgainstBefore(ctx: ComposeContext): string {
  const now = ctx.facts.limits.limitUpCount;
  const before = ctx.facts.previous?.limitUpCount;
  if (before === undefined || before === now) return `涨停${jia(now)}`;
  return `涨停${now > before ? "增至" : "减至"}${jia(now)}`;
}

/** The top story from another angle when yesterday's top story was of the same kind (see headlineAngle.ts): what changed. */
function repeatHeadline(ctx: ComposeContext, story: Story, angle: 1 | 2): string {
  const same = sameSubjectAsBefore(ctx.facts);
  const m = ctx.isMidday;
  switch (story.kind) {
    case "ladder": {
      const top = ctx.facts.ladder.rungs[0]?.stocks[0];
      if (!top) return `连板高度升至${story.maxHeight}板`;
      if (angle === 2) return `${limitUpsAgainstBefore(ctx)}，${top.name}${m ? "午间" : ""}${story.maxHeight}连板`;
      return same ? `${top.name}晋级${story.maxHeight}连板` : `${top.name}${story.maxHeight}连板登顶连板梯队`;
    }
    case "sectorStreak":
      return angle === 1
        ? `${indexName(story.name)}涨势延续，${story.lowerBound ? "至少" : "已"}连涨${story.sessions}个交易日`
        : `${indexName(story.name)}${story.lowerBound ? "至少" : ""}${story.sessions}连阳，累计${upDown(story.cumulativeChange)}`;
    case "recordClose":
      return angle === 1 ? `${indexName(story.name)}再创新高，${m ? "午盘报" : "收报"}${points(story.close)}点` : `${indexName(story.name)}续${highestSince(story)}`;
    case "roundLevel":
      return angle === 1
        ? `${indexName(story.name)}突破${level(story.level)}点，${story.yearsSince === null ? "为有数据以来首次" : `${years(story.yearsSince)}年来首次`}`
        : `${indexName(story.name)}${m ? "盘中" : "收盘"}${story.yearsSince === null ? "站上" : "重上"}${level(story.level)}点，${story.yearsSince === null ? "有数据以来首次" : `时隔${years(story.yearsSince)}年`}`;
    case "bigIndexMove":
      return angle === 1 ? `${story.name}再度${story.pctChange > 0 ? "大涨" : "大跌"}${pctAbs(story.pctChange)}` : `${story.name}单日${story.pctChange > 0 ? "涨" : "跌"}幅达${pctAbs(story.pctChange)}`;
    case "engulfing":
      return angle === 1 ? `${story.name}K线现${PATTERN_ZH[story.pattern]}` : `${PATTERN_ZH[story.pattern]}形态现身${story.name}`;
    case "breadthExtreme":
      return angle === 1
        ? `${story.direction === "up" ? "普涨" : "普跌"}格局延续，${num(story.direction === "up" ? story.advancers : story.decliners)}只个股${story.direction === "up" ? "上涨" : "下跌"}`
        : `${num(story.direction === "up" ? story.advancers : story.decliners)}只个股${story.direction === "up" ? "上涨，赚钱效应延续" : "下跌，亏钱效应延续"}`;
    case "sealRate":
      return angle === 1 ? `涨停封板率${pct(story.sealRate)}` : `${limitUpsAgainstBefore(ctx)}，封板率${pct(story.sealRate)}`;
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
  const angle = headlineAngle(ctx.facts);
  const lead = angle === 0 ? storyHeadline(ctx, first) : repeatHeadline(ctx, first, angle);
  const title = [lead, ...(other ? [storyHeadline(ctx, other)] : [])].join("，");
  const next = rest.find((s) => s !== other);
  return {title: `${prefix}${title}`, dek: `${next ? `${storyHeadline(ctx, next)}。` : ""}${market}`};
}
