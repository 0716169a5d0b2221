import type {ComposeContext} from "../../context.ts";
import type {Section} from "../../types.ts";
import {amount, date, pct, zhi} from "../format.ts";
import {storyClause} from "../storySentence.ts";
import {amongKnown, limitUps} from "../limitCounts.ts";
import {moved, movedShort, zhParagraph} from "../words.ts";
import {CHINEXT_INDEX, COMPOSITE, SZSE_COMPONENT} from "../../../market/broadIndices.ts";
import {turnoverAgainstYesterday} from "./againstYesterday.ts";

/** 导语段: the day's top story with its figure, then the three main indices and turnover in one breath, breadth and limit-ups. */
export function lede(ctx: ComposeContext): Section | null {
  const {facts} = ctx;
  const composite = facts.indices.find((i) => i.code === COMPOSITE);
  if (!composite) return null;
  const others = [SZSE_COMPONENT, CHINEXT_INDEX].flatMap((code) => facts.indices.filter((i) => i.code === code));
  const three = [composite, ...others];
  const mood =
    three.length < 3
      ? ""
      : three.every((i) => i.change > 0)
        ? ctx.isMidday ? "三大指数午盘集体上涨" : "三大指数集体收涨"
        : three.every((i) => i.change < 0)
          ? ctx.isMidday ? "三大指数午盘集体下跌" : "三大指数集体收跌"
          : "三大指数涨跌不一";
  // The day's top story opens the lede, with its figure; then the market.
  const story = facts.stories[0];
  const when = `${date(facts.date)}${ctx.isMidday ? "早盘" : ""}，`;
  const opening = story ? `${when}${storyClause(ctx, story)}。` : `${when}A股${mood ? "" : "："}`;
  const indices = `${ctx.name(composite.code, composite.name)}${moved(ctx, composite)}${others.map((i) => `；${ctx.name(i.code, i.name)}${movedShort(i)}`).join("")}。`;
  const b = facts.breadth;
  const turnover = b.turnoverYuan > 0 ? `全市场${ctx.isMidday ? "半日" : ""}成交额${amount(b.turnoverYuan)}${turnoverAgainstYesterday(ctx)}。` : null;
  const tilt = b.advancers > b.decliners ? "涨多跌少" : b.advancers < b.decliners ? "跌多涨少" : "涨跌参半";
  const limits =
    facts.limits.knownCount === 0
      ? "个股涨跌幅限制均无法确定，没有涨停统计"
      : `${amongKnown(facts)}${limitUps(facts.limits.limitUpCount)}${facts.limits.sealRate !== null ? `，封板率${pct(facts.limits.sealRate)}` : ""}`;
  const breadth = `个股${tilt}，${zhi(b.advancers)}上涨，${zhi(b.decliners)}下跌；${limits}。`;
  return {
    id: "lede",
    heading: null,
    blocks: [zhParagraph(opening, `${story ? "大盘方面，" : ""}${mood ? `${mood}：` : ""}${indices}`, turnover, breadth)],
  };
}
