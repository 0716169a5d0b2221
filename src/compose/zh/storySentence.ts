/**
 * 一条新闻点写成正文的一句（不含句号），数字紧随主体：导语以当日头号新闻开篇，板块段落写出聚焦板块以外的
 * 纪录与连涨。The Chinese counterpart of compose/storySentence.ts: same stories, Chinese desk wording.
 */
import type {Story} from "../../analytics/types.ts";
import {indexClose} from "../indexClose.ts";
import type {ComposeContext} from "../context.ts";
import {PATTERN_ZH, dataFrom, highestSince, indexName} from "./words.ts";
import {date, enumerate, jia, level, pct, pctAbs, points, upDown, years, zhi} from "./format.ts";

/** A broad index by its own name ("创业板指"), a sector as "锂电池指数", with its code on first mention. */
export function indexPhrase(ctx: ComposeContext, code: string, name: string): string {
  const broad = ctx.facts.indices.some((i) => i.code === code);
  return ctx.name(code, broad ? name : indexName(name));
}

/** "创业板指（399006.SZ）大涨3.23%，报2064.77点，收复前一交易日失地" */
export function storyClause(ctx: ComposeContext, story: Story): string {
  const m = ctx.isMidday;
  switch (story.kind) {
    case "roundLevel": {
      const since = story.yearsSince !== null ? `${years(story.yearsSince)}年来首次` : "有数据以来首次";
      return `${indexPhrase(ctx, story.code, story.name)}${m ? "午盘" : ""}${upDown(story.pctChange)}，报${points(story.close)}点，${since}${m ? "盘中" : ""}站上${level(story.level)}点${story.yearsSince === null ? dataFrom(story.historyStart) : ""}`;
    }
    case "recordClose":
      return `${indexPhrase(ctx, story.code, story.name)}${m ? "午盘报" : "收报"}${points(story.close)}点，${highestSince(story)}`;
    case "sectorStreak":
      return `${indexPhrase(ctx, story.code, story.name)}${story.lowerBound ? "至少" : ""}连涨${story.sessions}个交易日，自${date(story.startDate)}起累计${upDown(story.cumulativeChange)}`;
    case "ladder": {
      const top = ctx.facts.ladder.rungs[0]?.stocks ?? [];
      const names = top.length > 0 ? enumerate(top.map((s) => ctx.name(s.code, s.name))) : `${zhi(story.consecutiveCount)}连板股`;
      const all = top.length > 1 ? "均" : "";
      return m ? `${names}午间封板，${all}暂获${story.maxHeight}连板，领跑连板梯队` : `${names}${all}${story.maxHeight}连板，领跑连板梯队`;
    }
    case "breadthExtreme":
      return story.direction === "up" ? `市场普涨，${zhi(story.advancers)}个股上涨，${zhi(story.decliners)}下跌` : `市场普跌，${zhi(story.decliners)}个股下跌，${zhi(story.advancers)}上涨`;
    case "bigIndexMove": {
      const close = indexClose(ctx.facts, story.code);
      const verb = story.pctChange > 0 ? ctx.vary("zh-lede-jump", ["大涨", "强势上涨"]) : ctx.vary("zh-lede-drop", ["大跌", "重挫"]);
      return `${indexPhrase(ctx, story.code, story.name)}${m ? "午盘" : ""}${verb}${pctAbs(story.pctChange)}${close === null ? "" : `，报${points(close)}点`}${story.reclaimedPreviousLoss ? "，收复前一交易日失地" : ""}`;
    }
    case "engulfing": {
      const close = indexClose(ctx.facts, story.code);
      return `${indexPhrase(ctx, story.code, story.name)}${m ? "走出" : "收出"}${PATTERN_ZH[story.pattern]}形态，${upDown(story.pctChange)}${close === null ? "" : `，报${points(close)}点`}`;
    }
    case "sealRate":
      return `封板率${story.sealRate >= 0.8 ? "高达" : "仅"}${pct(story.sealRate)}，涨停${jia(story.limitUpCount)}、炸板${jia(story.brokenCount)}`;
  }
}
