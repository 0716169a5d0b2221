import {describe, expect, it} from "vitest";
import {sectors} from "../../../../src/compose/zh/sections/sectors.ts";
import {spotlight} from "../../../../src/compose/zh/sections/spotlight.ts";
import {goldenFacts, texts, zhContext} from "./facts.ts";

describe("zh sectors(ctx)", () => {
  it("names the leaders with their limit-up members, each code once", () => {
    expect(texts(sectors(zhContext(goldenFacts())))).toEqual([
      "板块方面，固态电池指数（886032.TI）涨4.45%，报1009.81点，成分股泰和科技（300801.SZ）、利元亨（688499.SH）涨停，振华新材（688707.SH）涨13.00%；" +
        "锂电池指数（885710.TI）涨2.00%，成分股国轩高科（002074.SZ）涨停；银行指数（881121.TI）跌0.67%。",
      // Issue 15: the streak story of a sector the spotlight does not cover is stated here, with its figures.
      "固态电池指数至少连涨13个交易日，自2025年6月6日起累计涨13.97%。",
      "[chart 2025-06-24-sectors]",
    ]);
  });

  it("adds the round level the leader crossed", () => {
    const facts = goldenFacts();
    const top = facts.sectors.leaders[0];
    if (!top) throw new Error("no leader");
    top.roundLevel = {level: 1000, lastAboveDate: "2023-06-20", yearsSince: 2, historyStart: "2020-01-02"};
    expect(texts(sectors(zhContext(facts)))[0]).toContain("固态电池指数（886032.TI）涨4.45%，报1009.81点，两年来首次站上1000点，成分股");
  });
});

describe("zh spotlight(ctx)", () => {
  // A close above 13 sessions of history is no record worth a line (issue 15: honest when history is short).
  it("tells the spotlight sector's streak and movers", () => {
    expect(texts(spotlight(zhContext(goldenFacts())))).toEqual([
      // 13 sessions from June 6 with only 1 earlier day of stock history: a lower bound.
      "锂电池指数（885710.TI）收涨2.00%，报3060.00点。该指数已至少连续13个交易日上涨（自2025年6月6日起），期间累计涨5.35%。",
      "其4只成分股中，当日涨幅居前的有国轩高科（002074.SZ，涨10.00%）、湘潭电化（002125.SZ，涨10.00%）、宁德时代（300750.SZ，涨2.00%）、隆基绿能（601012.SH，跌2.00%），其中2只涨停。",
      "[chart 2025-06-24-spotlight]",
    ]);
  });

  it("says 午盘 and drops 收盘 at midday", () => {
    const [first] = texts(spotlight(zhContext({...goldenFacts(), session: "midday"})));
    expect(first).toBe("锂电池指数（885710.TI）午盘涨2.00%，报3060.00点。该指数已至少连续13个交易日上涨（自2025年6月6日起），期间累计涨5.35%。");
  });
});
