import {describe, expect, it} from "vitest";
import {faq} from "../../../../src/compose/zh/sections/faq.ts";
import {about} from "../../../../src/compose/zh/sections/about.ts";
import {coreKeywords} from "../../../../src/compose/zh/sections/coreKeywords.ts";
import {headline} from "../../../../src/compose/zh/headline.ts";
import {goldenFacts, texts, zhContext} from "./facts.ts";

describe("zh faq(ctx)", () => {
  it("answers from the facts, limit counts scoped and marked incomplete", () => {
    expect(texts(faq(zhContext(goldenFacts())))).toEqual([
      "### 今天沪市表现如何？",
      "上证指数收涨0.76%，报3405.55点，上涨25.55点。",
      "### 今天有多少只股票涨停？",
      "在可确定涨跌幅限制的17只个股中，涨停6家，跌停1家，均不含ST股及未设涨跌幅限制的新股。触及涨停的7只中，封板率为85.71%。以上统计不完整：另有1只个股的涨跌幅限制无法确定（见文末说明），未计入。若计入ST股，涨停7家，跌停1家。",
      "### 哪只股票的连板高度最高？",
      "湘潭电化（002125.SZ，连板期间累计涨21.00%）、诺德股份（600110.SH，连板期间累计涨21.01%），均为2连板。",
      "### 哪些板块领涨、领跌？",
      "固态电池领涨，涨4.45%；银行表现最弱，跌0.67%。",
      "### 锂电池指数已经连涨多少天？",
      "自2025年6月6日起，该指数已至少连续13个交易日上涨，累计涨5.35%。",
    ]);
  });

  it("asks about the morning at midday", () => {
    const out = texts(faq(zhContext({...goldenFacts(), session: "midday"})));
    expect(out[0]).toBe("### 今天上午沪市表现如何？");
    expect(out[1]).toBe("上证指数午盘涨0.76%，报3405.55点，上涨25.55点。");
  });
});

describe("zh about(ctx)", () => {
  it("states the source, filters, the stock left out and why, and who wrote what", () => {
    expect(texts(about(zhContext(goldenFacts())))).toEqual([
      "数据来源：Golden test data, hand-made。数据时点：2025年6月24日收盘（北京时间）。",
      "涨停、跌停家数不含ST股及上市初期不设涨跌幅限制的新股；涨停指收盘价等于交易所规定的该股当日涨停价，封板率为涨停家数除以当日触及涨停价的全部个股数（按个股计）。" +
        "另有1只个股因涨跌幅限制无法确定而未计入涨跌停统计（ST状态不明1只）。连涨天数与月初至今涨幅基于此前1个交易日的行情数据（始于2025年6月23日）。",
      "本文除编辑点评（如有，均已标明）外，各部分文字、数据、图表及常见问题均由程序根据当日行情数据自动生成；编辑点评由编辑撰写。",
    ]);
  });
});

describe("zh headline(ctx) and keywords", () => {
  it("leads with the top story and adds the next one about something else", () => {
    // Without a previous session the plain template tells the top story.
    const {title, dek} = headline(zhContext({...goldenFacts(), previous: null}));
    // Stories: 锂电池 streak (76), 固态电池 streak (76), 创业板指 +2.95% (70).
    expect(title).toBe("锂电池指数至少连涨13个交易日，固态电池指数至少连涨13个交易日");
    expect(dek).toMatch(/^创业板指(大涨|强势上涨)2\.95%。上证指数收涨0\.76%，报3405\.55点。$/);
  });

  it("tells the top story from another angle when the previous session's top story was of the same kind", () => {
    // The golden day's previous session also led with 锂电池's streak; 2025-06-24 is the calendar's session
    // number calendarSessions, and the angle alternates with it so consecutive repeats differ too.
    const facts = goldenFacts();
    expect(facts.previous?.topStory).toEqual({kind: "sectorStreak", subjects: ["885710.TI"]});
    const {title} = headline(zhContext(facts));
    expect(title.startsWith("锂电池指数涨势延续，至少连涨13个交易日，") || title.startsWith("锂电池指数至少13连阳，累计涨5.35%，")).toBe(true);
    const next = headline(zhContext({...facts, history: {...facts.history, calendarSessions: facts.history.calendarSessions + 1}})).title;
    expect(next.split("，")[0]).not.toBe(title.split("，")[0]);
  });

  it("marks a midday headline 午评", () => {
    expect(headline(zhContext({...goldenFacts(), session: "midday"})).title.startsWith("午评：锂电池指数")).toBe(true);
  });

  it("lists the keywords in Chinese, 涨停 and A股 last", () => {
    expect(texts(coreKeywords(zhContext(goldenFacts())))).toEqual(["锂电池、固态电池、创业板指、银行、涨停、A股。"]);
  });
});
