import {describe, expect, it} from "vitest";
import {overview} from "../../../../src/compose/zh/sections/overview.ts";
import {outlook} from "../../../../src/compose/zh/sections/outlook.ts";
import type {MarketFacts} from "../../../../src/analytics/types.ts";
import {goldenFacts, texts, zhContext} from "./facts.ts";

/** The ChiNext rebound: a bullish engulfing of the previous spinning top after three down sessions. */
function engulfingDay(): MarketFacts {
  const facts = goldenFacts();
  const chinext = facts.indices.find((i) => i.code === "399006.SZ");
  if (!chinext) throw new Error("no ChiNext");
  chinext.patterns = [{name: "bullishEngulfing", date: "2025-06-24", strength: 100}];
  chinext.previousPatterns = [{name: "spinningTop", date: "2025-06-23", strength: -100}];
  chinext.priorDownSessions = 3;
  chinext.priorUpSessions = 0;
  return facts;
}

describe("zh overview(ctx)", () => {
  it("writes every broad index's move, then the pattern note, a table and the candle chart of the patterned index", () => {
    const out = texts(overview(zhContext(engulfingDay())));
    expect(out[0]).toMatch(/^(指数方面|主要指数方面|大盘方面)，上证指数（000001\.SH）收涨0\.76%，报3405\.55点；深证成指（399001\.SZ）收涨1\.47%，报10350\.20点；创业板指（399006\.SZ）收涨2\.95%，报2110\.50点；科创50（000688\.SH）收涨1\.56%，报995\.30点；沪深300（000300\.SH）收涨1\.06%，报3941\.20点。$/);
    expect(out.slice(1)).toEqual([
      "创业板指在连跌3个交易日后收出看涨吞没形态，实体吞没前一交易日的纺锤线。",
      "[table 主要指数]",
      "[chart 2025-06-24-index-candles]",
    ]);
  });

  it("says 走出 rather than 收出 at midday", () => {
    const out = texts(overview(zhContext({...engulfingDay(), session: "midday"})));
    expect(out[1]).toBe("创业板指在连跌3个交易日后走出看涨吞没形态，实体吞没前一交易日的纺锤线。");
  });
});

describe("zh outlook(ctx)", () => {
  it("states the engulfing as a condition on today's open, the runs and the seal rate", () => {
    const [text] = texts(outlook(zhContext(engulfingDay())));
    expect(text).toContain("创业板指连跌3个交易日后出现看涨吞没，技术上常被视为可能的转折信号；若后市收盘跌回今日开盘点位2039.75点下方，形态即告失效。");
    expect(text).toContain("锂电池指数已连涨13个交易日（累计涨5.35%）");
    // 85.71% ≥ 75%
    expect(text).toContain("封板率达85.71%，显示短线资金尾盘封板意愿较强。");
  });
});
