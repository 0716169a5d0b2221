import type {ComposeContext} from "../../context.ts";
import type {Section} from "../../types.ts";
import {date, enumerate, zhi} from "../format.ts";
import {zhParagraph} from "../words.ts";

/** 关于本文: data source, the counting filters, what was left out and why, and who wrote what. */
export function about(ctx: ComposeContext): Section {
  const {facts} = ctx;
  const unknown = facts.limits.unknown;
  const reasons = [
    unknown.unknownBoard > 0 && `所属板块不明${zhi(unknown.unknownBoard)}`,
    unknown.unknownSt > 0 && `ST状态不明${zhi(unknown.unknownSt)}`,
    unknown.unknownListingAge > 0 && `上市日期不明${zhi(unknown.unknownListingAge)}`,
  ].filter((r): r is string => typeof r === "string");
  const src = facts.limits.listingAgeSources;
  const ages = [
    src.listDate > 0 && `当日数据中的上市日期${zhi(src.listDate)}`,
    src.master > 0 && `证券主数据${zhi(src.master)}`,
    src.nameMark > 0 && `简称中交易所的新股标记（N、C）${zhi(src.nameMark)}`,
    src.unmarkedName > 0 && `不带新股标记的简称${zhi(src.unmarkedName)}（已过上市初期不设涨跌幅限制的交易日）`,
  ].filter((r): r is string => typeof r === "string");
  const {stockDays, stockDaysStart} = facts.history;
  return {
    id: "about",
    heading: "关于本文",
    blocks: [
      zhParagraph(`数据来源：${facts.source}。数据时点：${date(facts.date)}${ctx.isMidday ? "午间休市" : "收盘"}（北京时间）。`),
      zhParagraph(
        `涨停、跌停家数不含ST股及上市初期不设涨跌幅限制的新股；涨停指${ctx.isMidday ? "午间最新价" : "收盘价"}等于交易所规定的该股当日涨停价，封板率为涨停家数除以${ctx.isMidday ? "早盘" : "当日"}触及涨停价的全部个股数（按个股计）。`,
        unknown.total > 0 && `另有${zhi(unknown.total)}个股因涨跌幅限制无法确定而未计入涨跌停统计（${enumerate(reasons)}）。`,
        ages.length > 0 && src.listDate + src.master + src.nameMark + src.unmarkedName > src.listDate && `上市天数决定新股是否设有涨跌幅限制，其来源为：${enumerate(ages)}。`,
        stockDays > 0 && stockDaysStart
          ? `连涨天数与月初至今涨幅基于此前${stockDays}个交易日的行情数据（始于${date(stockDaysStart)}）。`
          : "没有更早的行情数据，连涨天数仅计当日，月初至今数据从略。",
      ),
      zhParagraph("本文除编辑点评（如有，均已标明）外，各部分文字、数据、图表及常见问题均由程序根据当日行情数据自动生成；编辑点评由编辑撰写。"),
    ],
  };
}
