/**
 * Words the Chinese sections share: how an index moved, board and pattern names, and the
 * paragraph that joins Chinese sentences without spaces.
 */
import type {Board} from "../../market/board.ts";
import type {IndexFacts, PatternName} from "../../analytics/types.ts";
import type {ComposeContext} from "../context.ts";
import {text} from "../context.ts";
import {date, pctAbs, points} from "./format.ts";

export const BOARD_ZH: Record<Board, string> = {main: "主板", chinext: "创业板", star: "科创板", bse: "北交所"};

/** K线形态 as Chinese chart commentary names them. */
export const PATTERN_ZH: Record<PatternName, string> = {
  doji: "十字星",
  spinningTop: "纺锤线",
  bullishEngulfing: "看涨吞没",
  bearishEngulfing: "看跌吞没",
  hammer: "锤子线",
};

/** "固态电池" → "固态电池指数"; a name that already says 指数 (or 指) is kept: "创业板指". */
export const indexName = (name: string): string => (/指数?$|\d$/.test(name) ? name : `${name}指数`);

/**
 * "收涨1.31%，报3384.49点" at the close; "午盘涨1.31%，报3384.49点" at midday (never a closing
 * word before the close). Flat: "收平，报…" / "午盘持平，报…".
 */
export function moved(ctx: ComposeContext, index: IndexFacts): string {
  const at = `报${points(index.close)}点`;
  if (index.change === 0) return `${ctx.isMidday ? "午盘持平" : "收平"}，${at}`;
  const dir = index.change > 0 ? "涨" : "跌";
  return `${ctx.isMidday ? "午盘" : "收"}${dir}${pctAbs(index.pctChange)}，${at}`;
}

/** "涨1.86%" / "跌0.52%" / "持平" for a second mention in a run of indices. */
export function movedShort(index: IndexFacts): string {
  if (index.change === 0) return "持平";
  return `${index.change > 0 ? "涨" : "跌"}${pctAbs(index.pctChange)}`;
}

/** A paragraph of Chinese sentences (empty ones dropped), joined without spaces. */
export const zhParagraph = (...sentences: (string | null | undefined | false)[]) => ({
  type: "paragraph" as const,
  children: [text(sentences.filter((s): s is string => typeof s === "string" && s.length > 0).join(""))],
});

/** "2023-03-07" → "2023年3月". */
export const yearMonth = (iso: string): string => `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月`;

/** 可用历史的起点: "（数据始于2023年1月3日）"; empty when unknown. */
export const dataFrom = (historyStart: string | null): string => (historyStart ? `（数据始于${date(historyStart)}）` : "");

/**
 * "创2023年3月以来新高" when an earlier close was higher; else "创有数据以来新高（数据始于2023年1月3日）":
 * history is finite, so never 历史新高.
 */
export function highestSince(r: {lastHigherDate: string | null; historyStart: string | null}): string {
  return r.lastHigherDate ? `创${yearMonth(r.lastHigherDate)}以来新高` : `创有数据以来新高${dataFrom(r.historyStart)}`;
}
