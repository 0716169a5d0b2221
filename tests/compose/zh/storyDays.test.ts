import {describe, expect, it} from "vitest";
import {createEffects} from "../../../src/io/index.ts";
import {computeFacts} from "../../../src/analytics/index.ts";
import {composeBrief} from "../../../src/compose/index.ts";
import {toMdx} from "../../../src/mdx/index.ts";
import {formatIssue} from "../../../src/snapshot/issue.ts";

const {loadDay} = createEffects();

/** The sample market's story days (data/), modeled on the two reference articles, in the Chinese edition. */
async function zhBriefOf(date: string) {
  const loaded = await loadDay("data", date);
  if (!loaded.ok) throw new Error(loaded.issues.map(formatIssue).join("\n"));
  const {facts} = computeFacts(loaded.value);
  const brief = composeBrief(facts, "zh-CN");
  const body = toMdx(brief, {generator: "test", inputHash: "0".repeat(64)});
  return {facts, brief, body: body.replace(/\s+/g, " ")};
}

describe("the solid-state battery day (2025-06-24), in Chinese", () => {
  it("leads with the theme's first close above 1000 in two years", async () => {
    const {brief} = await zhBriefOf("2025-06-24");
    // The day before also led with a round level (汽车整车 above 6000), so the title tells this one from another angle.
    expect(brief.title.startsWith("固态电池指数收盘重上1000点，时隔两年，")).toBe(true);
    expect(brief.dek).toContain("固态电池指数连涨16个交易日");
    expect(brief.keywords.slice(0, 1)).toEqual(["固态电池"]);
    expect(brief.keywords).toContain("涨停");
    expect(brief.keywords).toContain("A股");
  });

  it("states the article's facts: 112 limit-ups, the seal rate, the streak, the level, the 4th board", async () => {
    const {facts, body} = await zhBriefOf("2025-06-24");
    // 112 limit-ups of 112 + 27 touched: 112 ÷ 139 = 80.58%
    expect(facts.limits.limitUpCount).toBe(112);
    expect(body).toContain("涨停112家（不含ST股及未设涨跌幅限制的新股）");
    expect(body).toContain("炸板27家，封板率80.58%");
    expect(body).toContain("按含ST股口径（财联社、同花顺等采用），涨停120家");
    expect(body).toContain("全市场5400只个股中，3923只上涨，1405只下跌，52只平盘，20只停牌。");
    // 2,214,612,183,064 yuan = 2.21万亿元
    expect(body).toContain("全天成交额2.21万亿元");
    expect(body).toContain("固态电池指数（886032.TI）涨4.45%，报1009.81点，两年来首次站上1000点");
    expect(body).toContain("该指数已连续16个交易日上涨（自2025年6月3日起），期间累计涨14.05%。");
    expect(body).toContain("这是该指数自2023年6月20日以来首次收盘站上1000点，时隔两年。");
    // The whole board by theme: 固态电池 gathers 14, its 4-board leader on top.
    expect(body).toContain("从题材看，涨停股集中在固态电池（14家）");
    expect(body).toContain("### 固态电池（14家）");
    expect(body).toMatch(/\| 湘潭电化（002125\.SZ） +\| \+10\.02% \| +4连板 \|/);
    expect(body).toMatch(/\| 信德新材（301349\.SZ） +\| \+20\.01% \| +首板 \|/);
    // Four 10% boards compound to about +46.4% (1.1⁴ − 1): 1394 ÷ 952 − 1 = 46.43%
    expect(body).toContain("湘潭电化（002125.SZ）4连板，领涨连板梯队，连板期间累计涨46.43%");
    expect(body).toMatch(/科恒股份（300340\.SZ，涨113\.\d\d%）/);
  });
});

describe("the ChiNext rebound day (2025-06-18), in Chinese", () => {
  it("leads with ChiNext's 3.23% rebound and names the bullish engulfing after a spinning top", async () => {
    const {brief, body} = await zhBriefOf("2025-06-18");
    expect(brief.title).toMatch(/^创业板指(大涨|强势上涨)3\.23%，收复前一交易日失地/);
    expect(brief.dek).toContain("创业板指纺锤线后收出看涨吞没形态");
    expect(body).toContain("创业板指收涨3.23%");
    expect(body).toContain("创业板指在连跌3个交易日后收出看涨吞没形态，实体吞没前一交易日的纺锤线。");
  });

  it("states the article's breadth: 83 up over 9% with 21 on ChiNext, 40 limit-ups, a 78.43% seal rate, four on streaks", async () => {
    const {body} = await zhBriefOf("2025-06-18");
    expect(body).toMatch(/涨幅超过9%的个股83只，其中主板\d+只、创业板21只/);
    expect(body).toContain("涨停40家");
    expect(body).toContain("封板率78.43%");
    expect(body).toContain("连板股4只");
  });
});

describe("the midday snapshot (2025-06-25), in Chinese", () => {
  it("speaks of the morning session throughout, never with closing words", async () => {
    const {brief, body} = await zhBriefOf("2025-06-25");
    expect(brief.title.startsWith("午评：")).toBe(true);
    expect(body).toContain("## 午盘概览");
    expect(body).toContain("半日成交额");
    expect(body).toContain("截至午间，涨停");
    expect(body).toContain("上证指数（000001.SH）午盘涨");
    // 收涨/收跌/收平 and 收出 are closing words; 全天 and 尾盘 speak of a full session.
    expect(body).not.toMatch(/收涨|收跌|收平|收出|全天|尾盘|截至收盘|收盘站上|收盘创/);
  });
});
