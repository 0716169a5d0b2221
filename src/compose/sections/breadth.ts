import type {StreakStock} from "../../analytics/types.ts";
import type {ComposeContext} from "../context.ts";
import {paragraph} from "../context.ts";
import {agree, countAtStart, grouped, listing, longDate, ordinal, percent, yuanAmount} from "../format.ts";
import {breadthHistogram} from "../charts/breadthHistogram.ts";
import {ladderChart} from "../charts/ladderChart.ts";
import {chartWords} from "../charts/chartWordsByLang.ts";
import type {Block, Section} from "../types.ts";
import {BOARD_NAME} from "../words.ts";
import {gappy, gappyRuns, limitBoard, themesKnown} from "../limitLists.ts";
import {limitBoardBlocks, type BoardWords} from "../limitBoardBlocks.ts";
import {againstYesterday} from "./againstYesterday.ts";
import {moodBlocks} from "../moodBlocks.ts";
import {moodRecord} from "../moodRecord.ts";
import {incompleteCounts, limitUpAndDown, noLimitCounts} from "../limitCounts.ts";

/** How many of the largest themes the prose names before the tables. */
const THEMES_NAMED = 3;

function streak(s: StreakStock | undefined): string {
  if (!s) return "";
  const height = `${s.lowerBound ? "≥" : ""}${s.height}`;
  return gappy(s) ? `${height} (${s.boardsInDays.boards} in ${s.boardsInDays.days} days)` : height;
}

const BOARD_WORDS: BoardWords = {
  columns: ["Stock", "Change", "Streak"],
  theme: "Theme",
  heading: (theme, n) => `${theme.name}: ${grouped(n)} limit-ups`,
  rest: (alone) => (alone ? "The limit-up board" : "Other limit-ups"),
  stock: (s) => `${s.name} (${s.code})`,
  change: (f) => percent(f, {signed: true}),
  streak,
};

/** "Today's 112 limit-ups were the most since June 11, when there were 118." or null. */
function moodSentence(ctx: ComposeContext): Block | null {
  const r = moodRecord(ctx.facts);
  if (!r) return null;
  const n = r.today.limitUpCount;
  const subject = `Today's ${grouped(n)} ${agree(n, "limit-up was", "limit-ups were")} the ${r.kind}`;
  return paragraph(r.since ? `${subject} since ${longDate(r.since.date, {short: true})}, when there ${agree(r.since.limitUpCount, "was", "were")} ${grouped(r.since.limitUpCount)}.` : `${subject} of the ${grouped(r.sessions)} sessions charted below.`);
}

/** The largest themes with their counts, and where the whole board follows; null with no limit-up. */
function themesParagraph(ctx: ComposeContext): Block | null {
  const n = ctx.facts.limits.limitUpCount;
  if (n === 0) return null;
  const themed = limitBoard(ctx.facts).filter((g) => g.theme !== null).slice(0, THEMES_NAMED);
  const at = ctx.isMidday ? "at its limit-up price at the midday break" : "that closed limit-up";
  const named = themed.map((g) => `${g.theme?.name} (${grouped(g.rows.length)})`);
  return paragraph(
    themed.length === 0
      ? n === 1
        ? "The one limit-up is listed below."
        : themesKnown(ctx.facts)
          ? `No theme gathered more than one of the ${grouped(n)} limit-ups.`
          : `The day's data gives no sector membership, so the ${grouped(n)} limit-ups are not grouped by theme.`
      : themed.length === 1
        ? `The largest theme on the board was ${named[0]}.`
        : `The largest themes on the board were ${listing(named)}.`,
    n > 1 && `Every stock ${at} is listed below${themesKnown(ctx.facts) ? ", grouped by theme," : ","} each with its streak.`,
  );
}

/** Advancers and decliners, the limit-up board, the seal rate and the consecutive limit-up ladder. */
export function breadth(ctx: ComposeContext): Section | null {
  const {breadth: b, limits, ladder} = ctx.facts;
  if (b.total === 0) return null;
  const blocks: Block[] = [];
  const boardsOver9 = b.byBoard.filter((x) => x.upOver9 > 0).map((x) => `${grouped(x.upOver9)} on ${BOARD_NAME[x.board]}`);
  blocks.push(
    paragraph(
      `Of ${grouped(b.total)} listed stocks, ${grouped(b.advancers)} advanced, ${grouped(b.decliners)} declined, ${grouped(b.unchanged)} ${agree(b.unchanged, "was", "were")} unchanged and ${grouped(b.suspended)} ${agree(b.suspended, "was", "were")} suspended.`,
      b.upOver9 > 0 && `${countAtStart(b.upOver9)} gained more than 9%${boardsOver9.length ? ` (${listing(boardsOver9)})` : ""}.`,
      b.turnoverYuan > 0 && `Turnover ${ctx.isMidday ? "in the morning session" : "for the day"} came to ${yuanAmount(b.turnoverYuan)}.`,
    ),
  );
  blocks.push({type: "chart", id: ctx.chart("breadth", breadthHistogram(b, chartWords(ctx)))});

  const seal =
    limits.sealRate !== null
      ? `${countAtStart(limits.brokenCount)} ${agree(limits.brokenCount, "stock", "stocks")} touched the limit-up price but failed to hold it, for a seal rate of ${percent(limits.sealRate)}.`
      : null;
  const w = limits.withSt;
  const downSeal =
    limits.downSealRate !== null && limits.downBrokenCount > 0
      ? `Of the ${grouped(limits.limitDownCount + limits.downBrokenCount)} that touched the limit-down price, ${grouped(limits.limitDownCount)} stayed there, a limit-down seal rate of ${percent(limits.downSealRate)}.`
      : null;
  const none = noLimitCounts(ctx.facts);
  blocks.push(
    none ? paragraph(none) : paragraph(
      `${limitUpAndDown(ctx.facts, ctx.isMidday ? "stood at" : "closed", ctx.isMidday ? ctx.when : "")}, excluding ST stocks and new listings without a price limit.`,
      limits.onePriceUp.length > 0 &&
        (limits.onePriceUp.length === 1
          ? "One of them was a one-price board, never trading below the limit."
          : `${countAtStart(limits.onePriceUp.length)} of them were one-price boards, never trading below the limit.`),
      seal,
      downSeal,
      `Counting ST stocks as well, as Chinese data services do, the counts are ${grouped(w.limitUpCount)} limit-up and ${grouped(w.limitDownCount)} limit-down${w.sealRate !== null ? `, with a seal rate of ${percent(w.sealRate)}` : ""}.`,
      incompleteCounts(ctx.facts),
    ),
  );
  const yesterday = againstYesterday(ctx);
  if (yesterday) blocks.push(yesterday);
  blocks.push(...moodBlocks(ctx, moodSentence));

  if (ladder.consecutiveCount > 0) {
    const top = ladder.rungs[0];
    const leaders = top ? top.stocks.map((s) => ctx.nameWith(s.code, s.name, `${percent(s.cumulativeGain, {signed: true})} over the streak`)) : [];
    blocks.push(
      paragraph(
        `${countAtStart(ladder.consecutiveCount)} ${agree(ladder.consecutiveCount, "stock is", "stocks are")} on consecutive limit-ups; ${ladder.firstBoardCount === 0 ? "none posted a first board" : `${grouped(ladder.firstBoardCount)} posted a first board`}.`,
        top && `${listing(leaders)} ${agree(top.stocks.length, "leads", "lead")} the ladder with a ${ordinal(top.height)} straight limit-up${ctx.isMidday ? " session" : " close"}${top.stocks.some((s) => s.lowerBound) ? " (at least; the available history ends inside the streak)" : ""}.`,
      ),
    );
    const gappy = gappyRuns(ladder);
    if (gappy.length > 0) {
      const runs = gappy.map((s) => ctx.nameWith(s.code, s.name, `${s.boardsInDays.boards} limit-ups in ${s.boardsInDays.days} sessions`));
      blocks.push(paragraph(`Counted with gaps allowed, as Chinese market sites give heights, ${listing(runs)} ${agree(gappy.length, "stands", "stand")} higher than ${agree(gappy.length, "its", "their")} unbroken streak${agree(gappy.length, "", "s")}.`));
    }
    blocks.push({type: "chart", id: ctx.chart("ladder", ladderChart(ladder, chartWords(ctx)))});
  }
  const themes = themesParagraph(ctx);
  if (themes) blocks.push(themes, ...limitBoardBlocks(ctx, BOARD_WORDS));
  return {id: "breadth-and-limit-ups", heading: "Breadth and limit-ups", blocks};
}
