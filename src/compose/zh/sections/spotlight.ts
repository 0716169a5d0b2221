import type {ComposeContext} from "../../context.ts";
import {spotlightChart} from "../../charts/spotlightChart.ts";
import {monthToDateChart} from "../../charts/monthToDateChart.ts";
import {chartWords} from "../../charts/chartWordsByLang.ts";
import {spotlightSector} from "../../spotlightSector.ts";
import type {Block, Section} from "../../types.ts";
import {date, enumerate, level, num, upDown, years} from "../format.ts";
import {dataFrom, highestSince, indexName, moved, zhParagraph} from "../words.ts";
import type {RecordCloseStory} from "../../../analytics/types.ts";

/** 聚焦: the theme behind the day's top sector story — its streak, the level it crossed, its movers, month to date. */
export function spotlight(ctx: ComposeContext): Section | null {
  const sector = spotlightSector(ctx);
  if (!sector) return null;
  const streak = sector.upStreak;
  const round = sector.roundLevel;
  const closing = ctx.isMidday ? "" : "收盘";
  const record = ctx.facts.stories.find((s) => s.kind === "recordClose" && s.code === sector.code) as RecordCloseStory | undefined;
  const blocks: Block[] = [
    zhParagraph(
      `${ctx.name(sector.code, indexName(sector.name))}${moved(ctx, sector)}。`,
      streak && streak.sessions >= 2 && `该指数已${streak.lowerBound ? "至少" : ""}连续${streak.sessions}个交易日上涨（自${date(streak.startDate)}起），期间累计${upDown(streak.cumulativeChange)}。`,
      round &&
        (round.lastAboveDate
          ? `这是该指数自${date(round.lastAboveDate)}以来首次${closing}站上${level(round.level)}点${round.yearsSince ? `，时隔${years(round.yearsSince)}年` : ""}。`
          : `这是该指数有数据以来首次${closing}站上${level(round.level)}点${dataFrom(round.historyStart)}。`),
      record && `该指数${ctx.isMidday ? "午盘" : "收盘"}${highestSince(record)}。`,
    ),
  ];
  const limitUps = sector.leadingMembers.filter((m) => m.limitStatus === "limitUp");
  if (sector.leadingMembers.length > 0) {
    blocks.push(
      zhParagraph(
        `其${sector.memberCount}只成分股中，当日涨幅居前的有${enumerate(sector.leadingMembers.map((m) => ctx.nameWith(m.code, m.name, upDown(m.pctChange))))}${limitUps.length > 0 ? `，其中${limitUps.length}只${ctx.isMidday ? "午间封于涨停" : "涨停"}` : ""}。`,
      ),
    );
  }
  blocks.push({type: "chart", id: ctx.chart("spotlight", spotlightChart(ctx.facts, sector, chartWords(ctx)))});
  const mtd = sector.monthToDate;
  if (mtd?.leaders && mtd.leaders.length > 0) {
    blocks.push(
      zhParagraph(
        `自上月最后一个交易日${date(mtd.baseDate)}以来，该指数累计${upDown(mtd.pctChange)}；同期成分股中涨幅居前的有${enumerate(mtd.leaders.map((m) => ctx.nameWith(m.code, m.name, upDown(m.pctChange))))}。`,
      ),
    );
    blocks.push({type: "chart", id: ctx.chart("month-to-date", monthToDateChart(sector, mtd.leaders, mtd.baseDate, chartWords(ctx)))});
  }
  return {id: "spotlight", heading: `聚焦：${sector.name}`, blocks};
}
