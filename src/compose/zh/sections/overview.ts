import {featuredIndex} from "../../featuredIndex.ts";
import type {IndexFacts} from "../../../analytics/types.ts";
import type {ComposeContext} from "../../context.ts";
import {indexCandles} from "../../charts/indexCandles.ts";
import {chartWords} from "../../charts/chartWordsByLang.ts";
import type {Block, Section} from "../../types.ts";
import {date, level, num, pctAbs, pctSigned, points} from "../format.ts";
import {dataFrom, moved, PATTERN_ZH, zhParagraph} from "../words.ts";
import {broadStories} from "../../sectorStories.ts";
import {storyClause} from "../storySentence.ts";

/** "看涨吞没形态" for the engulfing pair, the bare name for single-bar patterns ("十字星"). */
export const patternPhrase = (name: IndexFacts["patterns"][number]["name"]): string =>
  name.endsWith("Engulfing") ? `${PATTERN_ZH[name]}形态` : PATTERN_ZH[name];

/** "上证指数在连跌3个交易日后收出看涨吞没形态，实体吞没前一交易日的纺锤线。" */
function patternSentence(ctx: ComposeContext, index: IndexFacts): string | null {
  // An engulfing pair is the story when there is one; else the first pattern of the day.
  const today = index.patterns.find((p) => p.name.endsWith("Engulfing")) ?? index.patterns[0];
  if (!today) return null;
  const trend =
    index.priorDownSessions >= 2 ? `在连跌${index.priorDownSessions}个交易日后` : index.priorUpSessions >= 2 ? `在连涨${index.priorUpSessions}个交易日后` : "";
  const before = index.previousPatterns[0];
  const engulfed = today.name.endsWith("Engulfing") && before ? `，实体吞没前一交易日的${PATTERN_ZH[before.name]}` : "";
  return `${index.name}${trend}${ctx.isMidday ? "走出" : "收出"}${patternPhrase(today.name)}${engulfed}。`;
}

/** 大盘概览: every broad index's move, what changed from the previous session, K线形态, a table and the candle chart. */
export function overview(ctx: ComposeContext): Section | null {
  const broad = ctx.facts.indices.filter((i) => i.kind === "broad");
  if (broad.length === 0) return null;
  const opener = ctx.isMidday ? "主要指数方面，" : ctx.vary("zh-overview-open", ["指数方面，", "主要指数方面，", "大盘方面，"]);
  const blocks: Block[] = [zhParagraph(`${opener}${broad.map((i) => `${ctx.name(i.code, i.name)}${moved(ctx, i)}`).join("；")}。`)];
  const notes = broad.flatMap((i) => {
    const out: string[] = [];
    if (i.reclaimedPreviousLoss && i.previous) out.push(`${i.name}收复前一交易日${pctAbs(i.previous.pctChange)}的跌幅。`);
    const p = patternSentence(ctx, i);
    if (p) out.push(p);
    if (i.roundLevel) {
      const since = i.roundLevel.lastAboveDate ? `为${date(i.roundLevel.lastAboveDate)}以来首次` : `为有数据以来首次${dataFrom(i.roundLevel.historyStart)}`;
      out.push(`${i.name}${ctx.isMidday ? "午盘" : "收盘"}站上${level(i.roundLevel.level)}点，${since}。`);
    }
    const record = broadStories(ctx.facts, "recordClose").find((s) => s.code === i.code);
    if (record) out.push(`${storyClause(ctx, record)}。`);
    return out;
  });
  if (notes.length > 0) blocks.push(zhParagraph(...notes));
  blocks.push({
    type: "table",
    caption: "主要指数",
    columns: [
      {title: "指数", align: "left"},
      {title: ctx.isMidday ? "午间点位" : "收盘点位", align: "right"},
      {title: "涨跌（点）", align: "right"},
      {title: "涨跌幅", align: "right"},
    ],
    rows: broad.map((i) => [`${i.name}（${i.code}）`, points(i.close), num(i.change, 2), pctSigned(i.pctChange)]),
  });
  const featured = featuredIndex(broad);
  if (featured) blocks.push({type: "chart", id: ctx.chart("index-candles", indexCandles(ctx.facts, featured, chartWords(ctx)))});
  return {id: "market-overview", heading: ctx.isMidday ? "午盘概览" : "大盘概览", blocks};
}
