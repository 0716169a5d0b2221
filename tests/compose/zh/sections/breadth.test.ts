import {describe, expect, it} from "vitest";
import {breadth} from "../../../../src/compose/zh/sections/breadth.ts";
import type {MarketFacts} from "../../../../src/analytics/types.ts";
import {goldenFacts, texts, zhContext} from "./facts.ts";

const INCOMPLETE = "以上统计不完整：另有1只个股的涨跌幅限制无法确定（见文末说明），未计入。";

describe("zh breadth(ctx)", () => {
  it("writes breadth, the counts against the day before, the ladder and the board by theme, every count scoped to the 17 known limits", () => {
    expect(texts(breadth(zhContext(goldenFacts())))).toEqual([
      // 12 + 4 + 1 + 1 = 18; up more than 9%: 4 + 2 + 2 + 1 = 9; 222,339,000 more than on 06-23 ÷ 10⁸ = 2.22亿元
      "全市场18只个股中，12只上涨，4只下跌，1只平盘，1只停牌。涨幅超过9%的个股9只，其中主板4只、创业板2只、科创板2只、北交所1只。全天成交额21.96亿元，较上一交易日放量2.22亿元。",
      "[chart 2025-06-24-breadth]",
      // seal rate 6 ÷ (6 + 1) = 85.71%; with ST 7 ÷ 8 = 87.50%
      "在可确定涨跌幅限制的17只个股中，涨停6家（不含ST股及未设涨跌幅限制的新股），其中一字板2家；跌停1家。炸板1家，封板率85.71%。" +
        "按含ST股口径（财联社、同花顺等采用），涨停7家，跌停1家，封板率87.50%。" +
        INCOMPLETE,
      // 6 limit-ups against 06-23's 2 (+4), 1 limit-down against 0, 1 broken against 0.
      // 06-23's two limit-ups both closed limit-up again, +10% each: both first boards went on to a second.
      "较上一交易日（6月23日），涨停增加4家，跌停增加1家，炸板增加1家。6月23日涨停的2只个股今日平均涨10.00%，2只上涨，2只再度涨停。连板晋级率：首板晋级二板2/2（100.00%）。",
      "[chart 2025-06-24-mood]",
      // 湘潭电化 1331 ÷ 1100 − 1 = 21.00%; the history starts inside both streaks.
      "连板股2只，首板4只。湘潭电化（002125.SZ）、诺德股份（600110.SH）均为2连板，领涨连板梯队（至少如此：可用历史数据止于连板期间），连板期间湘潭电化累计涨21.00%、诺德股份累计涨21.01%。",
      "[chart 2025-06-24-ladder]",
      // Five of the six limit-ups are 固态电池 members; 北京精密 has no theme of its own.
      "从题材看，涨停股集中在固态电池（5家）。全部涨停股按题材分列如下，并注明连板情况。",
      "### 固态电池（5家）",
      "[table 固态电池（5家）]",
      "### 其他涨停股",
      "[table 其他涨停股]",
    ]);
  });

  it("says 无个股涨停 among the known, never a bare zero, on a day without limit-ups", () => {
    const facts = goldenFacts();
    const none = {limitUpCount: 0, limitDownCount: 0, brokenCount: 0, sealRate: null};
    facts.limits = {...facts.limits, ...none, limitUp: [], limitDown: [], broken: [], onePriceUp: [], touchedCount: 0, withSt: none};
    facts.ladder = {...facts.ladder, rungs: [], firstBoardCount: 0, consecutiveCount: 0, maxHeight: 0, maxBoardsInDays: 0};
    const out = texts(breadth(zhContext(facts)));
    expect(out[2]).toBe(
      "在可确定涨跌幅限制的17只个股中，无个股涨停（不含ST股及未设涨跌幅限制的新股）；跌停0家。按含ST股口径（财联社、同花顺等采用），涨停0家，跌停0家。" + INCOMPLETE,
    );
    // The paragraph on 06-23 follows (2 limit-ups then, none now), and the mood chart; no board, no ladder.
    expect(out[3]).toMatch(/^较上一交易日（6月23日），涨停减少2家，跌停持平，炸板持平。/);
    expect(out).toHaveLength(5);
  });

  it("gives no count at all when no stock's limit is known (one stock)", () => {
    const facts: MarketFacts = goldenFacts();
    facts.limits = {...facts.limits, knownCount: 0, unknown: {...facts.limits.unknown, total: 1}};
    expect(texts(breadth(zhContext(facts)))[2]).toBe("当日唯一一只个股的涨跌幅限制无法确定（见文末说明），因此没有涨停、跌停统计。");
    facts.limits.unknown.total = 3;
    expect(texts(breadth(zhContext(facts)))[2]).toBe("全部3只个股的涨跌幅限制均无法确定（见文末说明），因此没有涨停、跌停统计。");
  });

  it("drops the scoping and the incomplete note when every limit is known", () => {
    const facts = goldenFacts();
    facts.limits = {...facts.limits, knownCount: 18, unknown: {total: 0, unknownBoard: 0, unknownSt: 0, unknownListingAge: 0, codes: []}};
    expect(texts(breadth(zhContext(facts)))[2]).toBe(
      "涨停6家（不含ST股及未设涨跌幅限制的新股），其中一字板2家；跌停1家。炸板1家，封板率85.71%。按含ST股口径（财联社、同花顺等采用），涨停7家，跌停1家，封板率87.50%。",
    );
  });

  it("says 截至午间 and 半日 at midday", () => {
    const out = texts(breadth(zhContext({...goldenFacts(), session: "midday"})));
    expect(out[0]).toContain("半日成交额21.96亿元。");
    expect((out[2] ?? "").startsWith("截至午间，在可确定涨跌幅限制的17只个股中，涨停6家")).toBe(true);
  });
});
