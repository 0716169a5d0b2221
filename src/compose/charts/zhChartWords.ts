import type {ChartWords, MiddayChartWords} from "./chartWords.ts";
import {date, enumerate, level as levelText, num, pct, pctSigned, points, upDown, yuan} from "../zh/format.ts";
import {indexName, PATTERN_ZH} from "../zh/words.ts";

/** The Chinese charts' words (see chartWords.ts): titles, axes and text alternatives as Chinese quote sites word them. */
export const ZH_CHART_WORDS: ChartWords = {
  pattern: PATTERN_ZH,
  bucket: {
    limitDown: "跌停",
    "le-7": "≤-7%",
    "-7to-5": "-7%至-5%",
    "-5to-3": "-5%至-3%",
    "-3to0": "-3%至0",
    zero: "平盘",
    "0to3": "0至3%",
    "3to5": "3%至5%",
    "5to7": "5%至7%",
    ge7: "≥7%",
    limitUp: "涨停",
  },
  join: enumerate,
  points,
  signed: pctSigned,
  yuan,
  count: (n) => num(n),
  breadth: {
    title: "涨跌分布：个股涨跌幅区间",
    yTitle: "个股数（只）",
    columns: ["涨跌幅区间", "个股数"],
    description: (b) =>
      `个股当日涨跌幅分布：${num(b.advancers)}只上涨，${num(b.decliners)}只下跌，${num(b.unchanged)}只平盘；涨停、跌停两栏统计所有收于涨跌停价的个股，含ST股。`,
  },
  candles: {
    title: (name, sessions) => `${name}：近${sessions}个交易日`,
    yTitle: "点位",
    columns: ["日期", "开盘", "最高", "最低", "收盘", "K线形态"],
    description: ({name, sessions, from, to, change, marks}) => {
      const marked = marks.map(({date: d, labels}) => `${date(d, {short: true})}的${enumerate(labels)}`);
      return `${name}近${sessions}个交易日日K线，由${points(from)}点至${points(to)}点（${upDown(change)}）${marked.length ? `，图中标注${enumerate(marked)}` : ""}。`;
    },
  },
  ladder: {
    title: "连板梯队",
    xTitle: "连续涨停天数",
    columns: ["股票", "代码", "连板数", "连板期间涨幅"],
    description: (stocks, maxHeight) => `连续涨停个股共${stocks}只，最高${maxHeight}连板。`,
  },
  monthToDate: {
    title: (sector) => `${indexName(sector)}：月初至今涨幅居前成分股`,
    xTitle: "月初至今涨跌幅（%）",
    columns: (baseDate) => ["股票", "代码", `${date(baseDate, {short: true})}收盘`, "今日收盘", "涨跌幅"],
    description: ({sector, count, baseDate, top}) =>
      `自${date(baseDate)}收盘以来${indexName(sector)}表现最好的${count}只成分股，${top ? `${top.name}${upDown(top.pctChange)}居首` : ""}。`,
  },
  mood: {
    title: (sessions) => `市场情绪：近${sessions}个交易日`,
    day: (iso) => `${Number(iso.slice(5, 7))}/${Number(iso.slice(8))}`,
    date: (iso) => date(iso, {short: true}),
    percent: pct,
    yTitles: {counts: "涨停/跌停（家）", sealRate: "封板率", height: "连板高度"},
    columns: ["日期", "涨停", "跌停", "封板率", "连板高度"],
    description: ({sessions, from, most, fewest, today, midday}) =>
      `${sessions < 20 ? `自${date(from)}有数据以来${sessions}个交易日` : `近${sessions}个交易日`}的涨停、跌停家数、封板率与连板高度：涨停家数最少为${date(fewest.date, {short: true})}的${num(fewest.limitUpCount)}家，最多为${date(most.date, {short: true})}的${num(most.limitUpCount)}家；${midday ? "今日午间" : "今日"}涨停${num(today.limitUpCount)}家、跌停${num(today.limitDownCount)}家${today.sealRate === null ? "" : `，封板率${pct(today.sealRate)}`}，连板高度${today.maxHeightLowerBound ? "至少" : ""}${num(today.maxHeight)}板。`,
  },
  sectors: {
    title: "板块指数涨跌幅排行",
    xTitle: "涨跌幅（%）",
    columns: ["板块", "代码", "涨跌幅"],
    description: (top, bottom) =>
      `当日涨跌幅居前与居后的板块指数${top && bottom ? `，从${top.name}（${upDown(top.pctChange)}）到${bottom.name}（${upDown(bottom.pctChange)}）` : ""}。`,
  },
  spotlight: {
    title: (sector, sessions) => `${indexName(sector)}：近${sessions}个交易日`,
    yTitle: "点位",
    columns: ["日期", "收盘", "是否处于连涨"],
    inStreak: "是",
    description: ({sector, sessions, streak, level}) =>
      `${indexName(sector)}近${sessions}个交易日收盘点位${streak ? `，已连涨${streak.sessions}个交易日（累计${upDown(streak.cumulativeChange)}）` : ""}${level !== null ? `，站上${levelText(level)}点` : ""}。`,
  },
};

/** 午间版图表用语（与收盘版不同处）：今日数据为上午盘，不说“收盘”。 */
export const ZH_MIDDAY_CHART_WORDS: MiddayChartWords = {
  breadth: {
    description: (b) =>
      `个股上午涨跌幅分布：午间${num(b.advancers)}只上涨，${num(b.decliners)}只下跌，${num(b.unchanged)}只平盘；涨停、跌停两栏统计午间所有处于涨跌停价的个股，含ST股。`,
  },
  candles: {
    columns: ["日期", "开盘", "最高", "最低", "最新", "K线形态"],
    description: ({name, sessions, from, to, change, marks}) => {
      const marked = marks.map(({date: d, labels}) => `${date(d, {short: true})}的${enumerate(labels)}`);
      return `${name}近${sessions}个交易日K线（今日为上午盘），由${points(from)}点至午间${points(to)}点（${upDown(change)}）${marked.length ? `，图中标注${enumerate(marked)}` : ""}。`;
    },
  },
  ladder: {
    description: (stocks, maxHeight) => `截至午间连续涨停个股共${stocks}只，最高${maxHeight}连板。`,
  },
  monthToDate: {
    xTitle: "月初至午间涨跌幅（%）",
    columns: (baseDate) => ["股票", "代码", date(baseDate, {short: true}), "今日午间", "涨跌幅"],
    description: ({sector, count, baseDate, top}) =>
      `自${date(baseDate)}至今日午间${indexName(sector)}表现最好的${count}只成分股，${top ? `${top.name}${upDown(top.pctChange)}居首` : ""}。`,
  },
  sectors: {
    title: "板块指数上午涨跌幅排行",
    description: (top, bottom) =>
      `上午涨跌幅居前与居后的板块指数${top && bottom ? `，从${top.name}（${upDown(top.pctChange)}）到${bottom.name}（${upDown(bottom.pctChange)}）` : ""}。`,
  },
  spotlight: {
    columns: ["日期", "点位", "是否处于连涨"],
    description: ({sector, sessions, streak, level}) =>
      `${indexName(sector)}近${sessions}个交易日点位（今日为午间）${streak ? `，已连涨${streak.sessions}个交易日（累计${upDown(streak.cumulativeChange)}）` : ""}${level !== null ? `，站上${levelText(level)}点` : ""}。`,
  },
};
