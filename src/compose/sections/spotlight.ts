import type {ComposeContext} from "../context.ts";
import {paragraph} from "../context.ts";
import {agree, count, level, listing, longDate, percent} from "../format.ts";
import {spotlightChart} from "../charts/spotlightChart.ts";
import {monthToDateChart} from "../charts/monthToDateChart.ts";
import {chartWords} from "../charts/chartWordsByLang.ts";
import type {Block, Section} from "../types.ts";
import {dataBackTo, highestSince, moved} from "../words.ts";
import type {RecordCloseStory} from "../../analytics/types.ts";
import {spotlightSector} from "../spotlightSector.ts";

export {spotlightSector};

/** A closer look at the theme behind the day's top sector story: streak, record, month-to-date leaders. */
export function spotlight(ctx: ComposeContext): Section | null {
  const sector = spotlightSector(ctx);
  if (!sector) return null;
  const blocks: Block[] = [];
  const streak = sector.upStreak;
  const round = sector.roundLevel;
  const record = ctx.facts.stories.find((s) => s.kind === "recordClose" && s.code === sector.code) as RecordCloseStory | undefined;
  blocks.push(
    paragraph(
      `The ${ctx.name(sector.code, sector.name)} index ${moved(ctx, sector, "spotlight")}${ctx.isMidday ? " by the midday break" : ""}.`,
      streak &&
        streak.sessions >= 2 &&
        `That makes ${streak.lowerBound ? "at least " : ""}${count(streak.sessions)} gains in a row, every session since ${longDate(streak.startDate)}, for a cumulative ${percent(streak.cumulativeChange, {signed: true})} over the run.`,
      round &&
        (round.lastAboveDate
          ? `It is the index's first ${ctx.isMidday ? "trade" : "close"} above ${level(round.level)} since ${longDate(round.lastAboveDate)}${round.yearsSince ? `, ${round.yearsSince === 1 ? "a year" : `${count(round.yearsSince)} years`} ago` : ""}.`
          : `It had not ${ctx.isMidday ? "traded" : "closed"} above ${level(round.level)} before ${dataBackTo(round.historyStart)}.`),
      record && `That is ${highestSince(record, ctx.isMidday)}.`,
    ),
  );
  const limitUps = sector.leadingMembers.filter((m) => m.limitStatus === "limitUp");
  if (sector.leadingMembers.length > 0) {
    blocks.push(
      paragraph(
        `Of its ${sector.memberCount} members, the day's biggest movers were ${listing(sector.leadingMembers.map((m) => ctx.nameWith(m.code, m.name, percent(m.pctChange, {signed: true}))))}${limitUps.length > 0 ? `; ${count(limitUps.length)} of them ${ctx.isMidday ? agree(limitUps.length, "was", "were") + " limit-up at the break" : "closed limit-up"}` : ""}.`,
      ),
    );
  }
  blocks.push({type: "chart", id: ctx.chart("spotlight", spotlightChart(ctx.facts, sector, chartWords(ctx)))});
  const mtd = sector.monthToDate;
  if (mtd?.leaders && mtd.leaders.length > 0) {
    blocks.push(
      paragraph(
        `Since ${longDate(mtd.baseDate)}, the last session of the previous month, the index has ${mtd.pctChange >= 0 ? "gained" : "lost"} ${percent(Math.abs(mtd.pctChange))}. Its best performers over that stretch: ${listing(mtd.leaders.map((m) => ctx.nameWith(m.code, m.name, percent(m.pctChange, {signed: true}))))}.`,
      ),
    );
    blocks.push({type: "chart", id: ctx.chart("month-to-date", monthToDateChart(sector, mtd.leaders, mtd.baseDate, chartWords(ctx)))});
  }
  return {id: "spotlight", heading: `Spotlight: ${sector.name}`, blocks};
}
