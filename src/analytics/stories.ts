/**
 * The day's stories, ranked by a newsworthiness score so the composer can pick a headline.
 * Scores are integers; the table (higher is stronger):
 *
 * | kind           | when                                                        | score                                   |
 * | -------------- | ----------------------------------------------------------- | --------------------------------------- |
 * | roundLevel     | an index's first close above a round level in ≥ 1 year      | 80 + 2 × years (max 10); never: 100     |
 * | recordClose    | highest close in ≥ 250 sessions (a record, or since a higher close ≥ 250 sessions back) | 70 |
 * | sectorStreak   | a sector index up ≥ 5 sessions in a row                     | 50 + 2 × sessions, max 95               |
 * | ladder         | consecutive limit-up ladder ≥ 3 high                        | 50 + 5 × height, max 95                 |
 * | bigIndexMove   | a broad index moving ≥ 2%                                   | 60 + 5 × whole percent, max 95          |
 * | engulfing      | an engulfing pattern on a broad index today                 | 65, +5 after a doji / spinning top, +5 when it reclaimed the previous loss |
 * | breadthExtreme | advancers ≥ 80% or ≤ 20% of movers (≥ 100 movers)           | 60 + (share distance from 50% − 30) points |
 * | sealRate       | ≥ 20 touched the limit and seal rate ≥ 80% or ≤ 50%         | 50                                      |
 *
 * Broad indices get +5 on roundLevel and recordClose (a market-wide record beats a theme's).
 * Ties sort by kind, then first subject code.
 */
import {NOTABLE_STREAK, RECORD_MIN_SESSIONS} from "./sectorFacts.ts";
import type {IndexFacts, MarketFacts, Story} from "./types.ts";

const cap = (n: number) => Math.min(n, 95);

function recordStories(f: IndexFacts, path: string, broad: boolean): Story[] {
  const out: Story[] = [];
  const bonus = broad ? 5 : 0;
  const base = {code: f.code, name: f.name, subjects: [f.code]};
  if (f.roundLevel) {
    const r = f.roundLevel;
    out.push({
      ...base,
      kind: "roundLevel",
      score: (r.yearsSince === null ? 100 : 80 + 2 * Math.min(r.yearsSince, 10)) + bonus,
      evidence: [`${path}.roundLevel`, `${path}.close`],
      close: f.close,
      pctChange: f.pctChange,
      level: r.level,
      lastAboveDate: r.lastAboveDate,
      yearsSince: r.yearsSince,
      historyStart: r.historyStart,
    });
  }
  // The highest close in about a year or more: a record over that much history, or the first
  // close this high since a session at least that far back ("the highest since March 2023").
  if (f.record.sessionsSinceHigher >= RECORD_MIN_SESSIONS) {
    out.push({
      ...base,
      kind: "recordClose",
      score: 70 + bonus,
      evidence: [`${path}.record`],
      close: f.close,
      historySessions: f.record.historySessions,
      historyStart: f.record.historyStart,
      previousHigh: f.record.previousHigh,
      lastHigherDate: f.record.lastHigherDate,
      sessionsSinceHigher: f.record.sessionsSinceHigher,
    });
  }
  return out;
}

function broadStories(f: IndexFacts, path: string): Story[] {
  const out = recordStories(f, path, true);
  if (Math.abs(f.pctChange) >= 0.02) {
    out.push({
      kind: "bigIndexMove",
      score: cap(60 + 5 * Math.floor(Math.abs(f.pctChange) * 100)),
      subjects: [f.code],
      evidence: [`${path}.pctChange`, `${path}.previous`],
      code: f.code,
      name: f.name,
      change: f.change,
      pctChange: f.pctChange,
      reclaimedPreviousLoss: f.reclaimedPreviousLoss,
    });
  }
  const engulf = f.patterns.find((p) => p.name === "bullishEngulfing" || p.name === "bearishEngulfing");
  if (engulf) {
    const after = f.previousPatterns.map((p) => p.name);
    const indecision = after.includes("doji") || after.includes("spinningTop");
    out.push({
      kind: "engulfing",
      score: 65 + (indecision ? 5 : 0) + (f.reclaimedPreviousLoss ? 5 : 0),
      subjects: [f.code],
      evidence: [`${path}.patterns`, `${path}.previousPatterns`],
      code: f.code,
      name: f.name,
      pattern: engulf.name as "bullishEngulfing" | "bearishEngulfing",
      after,
      pctChange: f.pctChange,
    });
  }
  return out;
}

function marketStories(facts: StoryInputs): Story[] {
  const out: Story[] = [];
  const {ladder, breadth, limits} = facts;
  if (ladder.maxHeight >= 3) {
    const top = ladder.rungs[0]?.stocks.map((s) => s.code) ?? [];
    out.push({
      kind: "ladder",
      score: cap(50 + 5 * ladder.maxHeight),
      subjects: top,
      evidence: ["ladder.rungs", "ladder.maxHeight"],
      maxHeight: ladder.maxHeight,
      topCodes: top,
      consecutiveCount: ladder.consecutiveCount,
    });
  }
  const movers = breadth.advancers + breadth.decliners;
  const share = movers === 0 ? 0.5 : breadth.advancers / movers;
  if (movers >= 100 && (share >= 0.8 || share <= 0.2)) {
    out.push({
      kind: "breadthExtreme",
      score: 60 + Math.round(100 * Math.abs(share - 0.5)) - 30,
      subjects: [],
      evidence: ["breadth.advancers", "breadth.decliners"],
      direction: share >= 0.8 ? "up" : "down",
      advancers: breadth.advancers,
      decliners: breadth.decliners,
      advancerShare: share,
    });
  }
  // A seal rate over an incomplete count is no story: stocks of unknown limit may have touched it.
  if (limits.sealRate !== null && limits.unknown.total === 0 && limits.touchedCount >= 20 && (limits.sealRate >= 0.8 || limits.sealRate <= 0.5)) {
    out.push({
      kind: "sealRate",
      score: 50,
      subjects: [],
      evidence: ["limits.sealRate", "limits.limitUpCount", "limits.brokenCount"],
      sealRate: limits.sealRate,
      limitUpCount: limits.limitUpCount,
      brokenCount: limits.brokenCount,
    });
  }
  return out;
}

export function compareStories(a: Story, b: Story): number {
  const sa = a.subjects[0] ?? "";
  const sb = b.subjects[0] ?? "";
  return b.score - a.score || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0) || (sa < sb ? -1 : sa > sb ? 1 : 0);
}

/** What stories are ranked from: the day's facts before stories, names and chart series (themes and mood rank none). */
export type StoryInputs = Omit<MarketFacts, "stories" | "englishNames" | "chartSeries" | "limitThemes" | "mood">;

export function stories(facts: StoryInputs): Story[] {
  const out: Story[] = [];
  for (const f of facts.indices) out.push(...broadStories(f, `indices[${f.code}]`));
  for (const s of facts.sectors.notable) {
    const path = `sectors.notable[${s.code}]`;
    out.push(...recordStories(s, path, false));
    const streak = s.upStreak;
    if (streak && streak.sessions >= NOTABLE_STREAK) {
      out.push({
        kind: "sectorStreak",
        score: cap(50 + 2 * streak.sessions),
        subjects: [s.code],
        evidence: [`${path}.upStreak`],
        code: s.code,
        name: s.name,
        sessions: streak.sessions,
        startDate: streak.startDate,
        cumulativeChange: streak.cumulativeChange,
        lowerBound: streak.lowerBound,
      });
    }
  }
  out.push(...marketStories(facts));
  return out.sort(compareStories);
}
