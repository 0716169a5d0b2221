import type {ComposeContext} from "../../context.ts";
import {spotlightSector} from "../../spotlightSector.ts";
import type {Block, Section} from "../../types.ts";
import {COMPOSITE} from "../../../market/broadIndices.ts";
import type {PatternName} from "../../../analytics/types.ts";
import {date, enumerate, jia, num, pct, points, upDown, zhi} from "../format.ts";
import {amongKnown, incompleteCounts, limitUps, noLimitCounts} from "../limitCounts.ts";
import {indexName, moved, PATTERN_ZH, zhParagraph} from "../words.ts";

type QA = [question: string, answer: string];

/** 常见问题: four to six questions a reader would ask, each answered from the facts alone. */
export function faq(ctx: ComposeContext): Section | null {
  const {facts} = ctx;
  const qas: QA[] = [];
  const today = ctx.isMidday ? "今天上午" : "今天";
  const composite = facts.indices.find((i) => i.code === COMPOSITE);
  if (composite) {
    const pts = `${composite.change >= 0 ? "上涨" : "下跌"}${num(Math.abs(composite.change), 2)}点`;
    qas.push([`${today}沪市表现如何？`, `${composite.name}${moved(ctx, composite)}${composite.change === 0 ? "" : `，${pts}`}。`]);
  }
  const l = facts.limits;
  qas.push([
    `${today}有多少只股票涨停？`,
    noLimitCounts(facts) ??
      [
        `${amongKnown(facts)}${limitUps(l.limitUpCount)}，跌停${jia(l.limitDownCount)}，均不含ST股及未设涨跌幅限制的新股。`,
        l.sealRate !== null ? `触及涨停的${zhi(l.touchedCount)}中，封板率为${pct(l.sealRate)}。` : "",
        incompleteCounts(facts) ?? "",
        `若计入ST股，涨停${jia(l.withSt.limitUpCount)}，跌停${jia(l.withSt.limitDownCount)}。`,
      ].join(""),
  ]);
  const top = facts.ladder.rungs[0];
  if (top && top.height >= 2) {
    qas.push([
      "哪只股票的连板高度最高？",
      `${enumerate(top.stocks.map((s) => `${s.name}（${s.code}，连板期间累计${upDown(s.cumulativeGain)}）`))}，${top.stocks.length > 1 ? "均为" : ""}${top.height}连板。`,
    ]);
  }
  const leader = facts.sectors.leaders[0];
  const laggard = facts.sectors.laggards[0];
  if (leader && laggard) {
    qas.push(["哪些板块领涨、领跌？", `${leader.name}领涨，${upDown(leader.pctChange)}；${laggard.name}表现最弱，${upDown(laggard.pctChange)}。`]);
  }
  const spot = spotlightSector(ctx);
  if (spot?.upStreak && spot.upStreak.sessions >= 3) {
    qas.push([
      `${indexName(spot.name)}已经连涨多少天？`,
      `自${date(spot.upStreak.startDate)}起，该指数已${spot.upStreak.lowerBound ? "至少" : ""}连续${spot.upStreak.sessions}个交易日上涨，累计${upDown(spot.upStreak.cumulativeChange)}。`,
    ]);
  }
  const patterned = facts.indices.find((i) => i.kind === "broad" && i.patterns.length > 0);
  const pattern = patterned?.patterns[0];
  if (patterned && pattern) {
    qas.push([
      `${patterned.name}的${PATTERN_ZH[pattern.name]}是什么意思？`,
      `这是一种K线形态：${PATTERN_DEF[pattern.name]}今日该指数开盘${points(patterned.open)}点，${ctx.isMidday ? "午间报" : "收盘"}${points(patterned.close)}点，波动区间${points(patterned.low)}点至${points(patterned.high)}点。`,
    ]);
  }
  if (qas.length < 4) return null;
  const blocks: Block[] = qas.slice(0, 6).flatMap(([q, a]): Block[] => [{type: "subheading", text: q}, zhParagraph(a)]);
  return {id: "faq", heading: "常见问题", blocks};
}

const PATTERN_DEF: Record<PatternName, string> = {
  doji: "开盘价与收盘价几乎相同，表示多空犹豫不决。",
  spinningTop: "实体较小，上下影线均长于实体，表示多空犹豫不决。",
  bullishEngulfing: "一根阳线的实体完全覆盖前一根阴线的实体。",
  bearishEngulfing: "一根阴线的实体完全覆盖前一根阳线的实体。",
  hammer: "实体较小且位于区间上端，下影线较长，出现在下跌之后。",
};
