import type {LadderFacts, StreakStock} from "../../../analytics/types.ts";
import type {ComposeContext} from "../../context.ts";
import {breadthHistogram} from "../../charts/breadthHistogram.ts";
import {ladderChart} from "../../charts/ladderChart.ts";
import {chartWords} from "../../charts/chartWordsByLang.ts";
import {moodBlocks} from "../../moodBlocks.ts";
import {moodRecord} from "../../moodRecord.ts";
import {gappy, gappyRuns, limitBoard, themesKnown} from "../../limitLists.ts";
import {limitBoardBlocks, type BoardWords} from "../../limitBoardBlocks.ts";
import type {Block, Section} from "../../types.ts";
import {amount, date, enumerate, jia, num, pct, pctSigned, upDown, zhi} from "../format.ts";
import {amongKnown, incompleteCounts, limitUps, noLimitCounts} from "../limitCounts.ts";
import {BOARD_ZH, zhParagraph} from "../words.ts";
import {againstYesterday, turnoverAgainstYesterday} from "./againstYesterday.ts";

/** Most names a list spells out before it says "等N只". */
const LIST_NAMES = 12;

/** "A、B、C" or, when longer, "A、B……L等112只". */
function names(list: string[], max = LIST_NAMES): string {
  return list.length > max ? `${enumerate(list.slice(0, max))}等${zhi(list.length)}` : enumerate(list);
}

/** 题材 the prose names before the tables. */
const THEMES_NAMED = 3;

/** "首板", "3连板", "≥3连板", "5天3板" (as Chinese sites give a height with gaps). */
function streak(s: StreakStock | undefined): string {
  if (!s) return "";
  const height = `${s.lowerBound ? "≥" : ""}${s.height === 1 && !s.lowerBound ? "首板" : `${s.height}连板`}`;
  return gappy(s) ? `${s.boardsInDays.days}天${s.boardsInDays.boards}板` : height;
}

const BOARD_WORDS: BoardWords = {
  columns: ["股票", "涨幅", "连板"],
  theme: "题材",
  heading: (theme, n) => `${theme.name}（${jia(n)}）`,
  rest: (alone) => (alone ? "涨停一览" : "其他涨停股"),
  stock: (s) => `${s.name}（${s.code}）`,
  change: pctSigned,
  streak,
};

/** "今日涨停112家，为6月11日（118家）以来最多。" or null. */
function moodSentence(ctx: ComposeContext): Block | null {
  const r = moodRecord(ctx.facts);
  if (!r) return null;
  const word = r.kind === "most" ? "最多" : "最少";
  return zhParagraph(`今日涨停${jia(r.today.limitUpCount)}，${r.since ? `为${date(r.since.date, {short: true})}（${jia(r.since.limitUpCount)}）以来${word}` : `为图中近${num(r.sessions)}个交易日${word}`}。`);
}

/** 涨停题材: the largest themes with their counts, before the tables; null with no limit-up. */
function themesParagraph(ctx: ComposeContext): Block | null {
  const n = ctx.facts.limits.limitUpCount;
  if (n === 0) return null;
  const themed = limitBoard(ctx.facts).filter((g) => g.theme !== null).slice(0, THEMES_NAMED);
  const named = themed.map((g) => `${g.theme?.name}（${jia(g.rows.length)}）`);
  const board = ctx.isMidday ? "午盘涨停股" : "涨停股";
  return zhParagraph(
    themed.length === 0
      ? n === 1
        ? `唯一一只${board}见下表。`
        : themesKnown(ctx.facts)
          ? `${jia(n)}${board}分属不同题材，没有题材涨停超过一家。`
          : `当日数据未含板块成分，${jia(n)}${board}未按题材归类。`
      : `从题材看，${board}集中在${enumerate(named)}。`,
    n > 1 && `全部${board}${themesKnown(ctx.facts) ? "按题材分列如下" : "列表如下"}，并注明连板情况。`,
  );
}

/** 涨停、跌停、炸板、封板率, both headline and with ST, as CLS and 同花顺 report them. */
function limitParagraph(ctx: ComposeContext): Block {
  const {facts} = ctx;
  const l = facts.limits;
  const none = noLimitCounts(facts);
  if (none) return zhParagraph(none);
  const onePrice = l.onePriceUp.length > 0 ? `，其中一字板${jia(l.onePriceUp.length)}` : "";
  const w = l.withSt;
  return zhParagraph(
    `${ctx.isMidday ? "截至午间，" : ""}${amongKnown(facts)}${limitUps(l.limitUpCount)}（不含ST股及未设涨跌幅限制的新股）${onePrice}；跌停${jia(l.limitDownCount)}。`,
    l.sealRate !== null && `炸板${jia(l.brokenCount)}，封板率${pct(l.sealRate)}。`,
    l.downSealRate !== null && l.downBrokenCount > 0 && `触及跌停的${zhi(l.limitDownCount + l.downBrokenCount)}中有${zhi(l.limitDownCount)}封住跌停，跌停封板率${pct(l.downSealRate)}。`,
    `按含ST股口径（财联社、同花顺等采用），涨停${jia(w.limitUpCount)}，跌停${jia(w.limitDownCount)}${w.sealRate !== null ? `，封板率${pct(w.sealRate)}` : ""}。`,
    incompleteCounts(facts),
  );
}

/** 连板梯队: counts, the top rung, the rungs below, and N天M板 heights. */
function ladderBlocks(ctx: ComposeContext, ladder: LadderFacts): Block[] {
  const [top, ...lower] = ladder.rungs;
  if (!top || ladder.consecutiveCount === 0) return [];
  const lowerBound = top.stocks.some((s) => s.lowerBound) ? "（至少如此：可用历史数据止于连板期间）" : "";
  const rungs = lower.filter((r) => r.height >= 2).map((r) => `${r.height}连板${names(r.stocks.map((s) => ctx.name(s.code, s.name)), 8)}`);
  const blocks: Block[] = [
    zhParagraph(
      `连板股${zhi(ladder.consecutiveCount)}，首板${zhi(ladder.firstBoardCount)}。`,
      `${enumerate(top.stocks.map((s) => ctx.name(s.code, s.name)))}${top.stocks.length > 1 ? "均为" : ""}${top.height}连板，领涨连板梯队${lowerBound}，连板期间${enumerate(top.stocks.map((s) => `${top.stocks.length > 1 ? s.name : ""}累计${upDown(s.cumulativeGain)}`))}。`,
      rungs.length > 0 && `其余连板股：${rungs.join("；")}。`,
    ),
  ];
  const gappy = gappyRuns(ladder);
  if (gappy.length > 0) {
    blocks.push(zhParagraph(`按“几天几板”口径（允许中途断板）：${enumerate(gappy.map((s) => `${ctx.name(s.code, s.name)}${s.boardsInDays.days}天${s.boardsInDays.boards}板`))}。`));
  }
  blocks.push({type: "chart", id: ctx.chart("ladder", ladderChart(ladder, chartWords(ctx)))});
  return blocks;
}

/** 市场情绪: advancers and decliners, turnover, the limit-up board by limit size, the ladder. */
export function breadth(ctx: ComposeContext): Section | null {
  const {breadth: b, ladder} = ctx.facts;
  if (b.total === 0) return null;
  const boardsOver9 = b.byBoard.filter((x) => x.upOver9 > 0).map((x) => `${BOARD_ZH[x.board]}${zhi(x.upOver9)}`);
  const blocks: Block[] = [
    zhParagraph(
      `全市场${zhi(b.total)}个股中，${zhi(b.advancers)}上涨，${zhi(b.decliners)}下跌，${zhi(b.unchanged)}平盘，${zhi(b.suspended)}停牌。`,
      b.upOver9 > 0 && `涨幅超过9%的个股${zhi(b.upOver9)}${boardsOver9.length > 0 ? `，其中${enumerate(boardsOver9)}` : ""}。`,
      b.turnoverYuan > 0 && `${ctx.isMidday ? "半日" : "全天"}成交额${amount(b.turnoverYuan)}${turnoverAgainstYesterday(ctx)}。`,
    ),
    {type: "chart", id: ctx.chart("breadth", breadthHistogram(b, chartWords(ctx)))},
    limitParagraph(ctx),
  ];
  const yesterday = againstYesterday(ctx);
  if (yesterday) blocks.push(yesterday);
  blocks.push(...moodBlocks(ctx, moodSentence));
  blocks.push(...ladderBlocks(ctx, ladder));
  const themes = themesParagraph(ctx);
  if (themes) blocks.push(themes, ...limitBoardBlocks(ctx, BOARD_WORDS));
  return {id: "breadth-and-limit-ups", heading: ctx.isMidday ? "午间市场情绪" : "市场情绪与涨跌停", blocks};
}
