/**
 * 与上一交易日对比: turnover 放量 / 缩量, the limit-up, limit-down and broken counts, how yesterday's limit-up stocks did today
 * (昨日涨停今日表现) and the promotion rate from each rung (连板晋级率), as Chinese wraps give them.
 */
import type {PreviousSession} from "../../../analytics/types.ts";
import type {ComposeContext} from "../../context.ts";
import type {Block} from "../../types.ts";
import {amount, date, jia, num, pct, upDown, zhi} from "../format.ts";
import {zhParagraph} from "../words.ts";

const RUNG = ["首板", "二板", "三板", "四板", "五板", "六板", "七板", "八板", "九板", "十板"];
const rung = (height: number) => RUNG[height - 1] ?? `${height}板`;

/** "，较上一交易日放量1,345.00亿元" for the turnover sentence; "" without a comparison (and at midday: half a day against a whole). */
export function turnoverAgainstYesterday(ctx: ComposeContext): string {
  const change = ctx.isMidday ? null : (ctx.facts.previous?.turnoverChangeYuan ?? null);
  if (change === null || change === 0) return "";
  return `，较上一交易日${change > 0 ? "放量" : "缩量"}${amount(Math.abs(change))}`;
}

/** "增加16家" / "减少30家" / "持平". */
const delta = (now: number, before: number): string => (now === before ? "持平" : `${now > before ? "增加" : "减少"}${jia(Math.abs(now - before))}`);

/**
 * 涨跌停家数较上一交易日: "较上一交易日（6月17日），涨停增加16家，跌停减少30家，炸板减少1家。" At midday the
 * morning's counts are not set against a whole day: the previous session's are given as they were.
 */
function countsAgainst(ctx: ComposeContext, prev: PreviousSession): string {
  const l = ctx.facts.limits;
  const when = date(prev.date, {short: true});
  if (ctx.isMidday) return `上一交易日（${when}）涨停${jia(prev.limitUpCount)}、跌停${jia(prev.limitDownCount)}、炸板${jia(prev.brokenCount)}。`;
  return `较上一交易日（${when}），涨停${delta(l.limitUpCount, prev.limitUpCount)}，跌停${delta(l.limitDownCount, prev.limitDownCount)}，炸板${delta(l.brokenCount, prev.brokenCount)}。`;
}

/** 涨跌停家数对比, 昨日涨停今日表现 and 连板晋级率, or null without the previous session. */
export function againstYesterday(ctx: ComposeContext): Block | null {
  const prev = ctx.facts.previous;
  if (!prev) return null;
  const y = prev.limitUpsToday;
  const when = date(prev.date, {short: true});
  const today =
    y.count === 0
      ? `${when}无个股涨停。`
      : `${when}涨停的${zhi(y.count)}个股今日${y.averagePctChange !== null ? `平均${upDown(y.averagePctChange)}，` : ""}${zhi(y.rose)}上涨，${zhi(y.sealedAgain)}${ctx.isMidday ? "午间" : ""}再度涨停${y.traded < y.count ? `（${zhi(y.count - y.traded)}停牌）` : ""}。`;
  const rungs = prev.promotion.filter((p) => p.count > 0).slice(0, 4);
  const promotion =
    rungs.length > 0 &&
    `连板晋级率：${rungs.map((p) => `${rung(p.height)}晋级${rung(p.height + 1)}${num(p.promoted)}/${num(p.count)}（${pct(p.rate)}）`).join("，")}。`;
  return zhParagraph(ctx.facts.limits.knownCount > 0 && countsAgainst(ctx, prev), today, promotion);
}
