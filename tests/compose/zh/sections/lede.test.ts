import {describe, expect, it} from "vitest";
import {lede} from "../../../../src/compose/zh/sections/lede.ts";
import {goldenFacts, texts, zhContext} from "./facts.ts";

describe("zh lede(ctx)", () => {
  it("opens on the top story with its figures, then the three indices, turnover and breadth, with the count scoped to known limits", () => {
    // Turnover 2,195,589,000 yuan ÷ 10⁸ = 21.96亿元, 222,339,000 more than on 06-23: 2.22亿元;
    // 17 of 18 stocks have a known limit.
    expect(texts(lede(zhContext(goldenFacts())))).toEqual([
      "2025年6月24日，锂电池指数（885710.TI）至少连涨13个交易日，自2025年6月6日起累计涨5.35%。" +
        "大盘方面，三大指数集体收涨：上证指数（000001.SH）收涨0.76%，报3405.55点；深证成指（399001.SZ）涨1.47%；创业板指（399006.SZ）涨2.95%。" +
        "全市场成交额21.96亿元，较上一交易日放量2.22亿元。个股涨多跌少，12只上涨，4只下跌；在可确定涨跌幅限制的17只个股中，涨停6家，封板率85.71%。",
    ]);
  });

  it("speaks of the morning at midday", () => {
    const facts = {...goldenFacts(), session: "midday" as const};
    const [text] = texts(lede(zhContext(facts)));
    expect(text).toContain("2025年6月24日早盘，锂电池指数（885710.TI）至少连涨13个交易日");
    expect(text).toContain("大盘方面，三大指数午盘集体上涨：上证指数（000001.SH）午盘涨0.76%，报3405.55点；");
    expect(text).toContain("全市场半日成交额21.96亿元。");
    expect(text).not.toMatch(/收涨|收盘/);
  });

  it("gives no limit-up count when no stock's limit is known", () => {
    const facts = goldenFacts();
    facts.limits = {...facts.limits, knownCount: 0, unknown: {...facts.limits.unknown, total: 18}};
    expect(texts(lede(zhContext(facts)))[0]).toContain("个股涨多跌少，12只上涨，4只下跌；个股涨跌幅限制均无法确定，没有涨停统计。");
  });
});
