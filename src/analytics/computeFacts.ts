/** One day's snapshot and history → MarketFacts, plus warnings about odd but usable data. */
import {breadth} from "./breadth.ts";
import {englishNames} from "./englishNames.ts";
import {chartSeries} from "./chartSeries.ts";
import {dayContext, type DayContext} from "./dayContext.ts";
import {fenText} from "../market/fen.ts";
import {broadIndexFacts} from "./indexFacts.ts";
import {ladder} from "./ladder.ts";
import {previousSession} from "./previousSession.ts";
import {limitFacts} from "./limitFacts.ts";
import {limitThemes} from "./limitThemes.ts";
import {moodSeries} from "./moodSeries.ts";
import {noMemo, sessionLimitsOf, type SessionLimitsMemo} from "./sessionLimits.ts";
import {sectorFacts} from "./sectorFacts.ts";
import {stories, type StoryInputs} from "./stories.ts";
import type {HistoryCoverage, MarketFacts, PreviousTopStory, VendorLimitMismatch} from "./types.ts";
import type {Issue} from "../snapshot/issue.ts";
import type {Day} from "../snapshot/types.ts";

/**
 * The Snapshot carries no row numbers, so a mismatch is located by file alone (row 0,
 * column 0) and the message names the stock code.
 */
function mismatchIssue(date: string, m: VendorLimitMismatch): Issue {
  const column = m.side === "up" ? "up_limit" : "down_limit";
  return {
    file: `${date}/stocks.csv`,
    row: 0,
    column: 0,
    message: `${m.code}: ${column} ${fenText(m.vendorFen)} differs from the rule's ${fenText(m.ruleFen)}; the vendor's price was used (row unknown)`,
  };
}

function coverage(day: Day): HistoryCoverage {
  const {calendar, days} = day.history;
  const earlier = days.filter((d) => d.meta.date < day.snapshot.meta.date);
  return {
    calendarSessions: calendar.filter((d) => d <= day.snapshot.meta.date).length,
    calendarStart: calendar[0] ?? null,
    stockDays: earlier.length,
    stockDaysStart: earlier[0]?.meta.date ?? null,
  };
}

/** The facts the stories are ranked from; `withPrevious` false leaves the previous session out. */
function baseFacts(day: Day, ctx: DayContext, withPrevious: boolean): StoryInputs {
  const {meta} = day.snapshot;
  const limits = limitFacts(ctx);
  const ladderFacts = ladder(limits.limitUp, ctx);
  return {
    date: meta.date,
    session: meta.session,
    source: meta.source,
    history: coverage(day),
    limits,
    ladder: ladderFacts,
    breadth: breadth(ctx),
    indices: broadIndexFacts(day),
    sectors: sectorFacts(ctx),
    previous: withPrevious ? previousSession(ctx, ladderFacts, topStoryOn) : null,
  };
}

/** A day's top story, by kind and subjects (for the next session's facts.previous). */
function topStoryOn(day: Day): PreviousTopStory | null {
  const top = stories(baseFacts(day, dayContext(day), false))[0];
  return top ? {kind: top.kind, subjects: top.subjects} : null;
}

/**
 * `sessionLimits`: the run's store of per-session limit summaries (the effects object's), so
 * that a backfill counts each earlier snapshot once for the mood series; none computes afresh.
 */
export function computeFacts(day: Day, {sessionLimits = noMemo}: {sessionLimits?: SessionLimitsMemo} = {}): {facts: MarketFacts; warnings: Issue[]} {
  const ctx = dayContext(day);
  const {meta} = day.snapshot;
  const base = baseFacts(day, ctx, true);
  const {limits, ladder: ladderFacts} = base;
  // Today's counts are already made: the next days' briefs take them from the store.
  const todayLimits = sessionLimits(day.snapshot, () => sessionLimitsOf(meta.date, limits));
  const withoutStories = {
    ...base,
    limitThemes: limitThemes(limits.limitUp, day.snapshot),
    mood: moodSeries(ctx, todayLimits, ladderFacts, sessionLimits),
  };
  const withStories = {...withoutStories, stories: stories(base)};
  const facts: MarketFacts = {...withStories, englishNames: englishNames(withStories, day), chartSeries: chartSeries(withStories, day)};
  return {facts, warnings: limits.vendorMismatches.map((m) => mismatchIssue(meta.date, m))};
}
