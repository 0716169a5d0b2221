/**
 * The day's stories as typed data, one interface per kind: what the composer picks the
 * headline from. Scores and thresholds are documented in stories.ts.
 */
import type {PatternName} from "./patternName.ts";

export interface StoryBase {
  /** Newsworthiness; see stories.ts for the scoring table. Higher is stronger. */
  score: number;
  /** Index or stock codes the story is about, most important first. */
  subjects: string[];
  /** Dotted paths into these facts the story rests on, e.g. "sectors.notable[886032.TI].upStreak". */
  evidence: string[];
}

/** A close above a round level for the first time in years (or ever, in history). */
export interface RoundLevelStory extends StoryBase {
  kind: "roundLevel";
  code: string;
  name: string;
  close: number;
  pctChange: number;
  level: number;
  lastAboveDate: string | null;
  yearsSince: number | null;
  /** First date of the history searched: where "never above it" starts. */
  historyStart: string | null;
}

/** The highest close in a year or more: over all the available history, or since an earlier higher close. */
export interface RecordCloseStory extends StoryBase {
  kind: "recordClose";
  code: string;
  name: string;
  close: number;
  historySessions: number;
  /** First date of the history compared against. */
  historyStart: string | null;
  previousHigh: number | null;
  /** The last earlier close at or above today's; null when today's close tops all the history. */
  lastHigherDate: string | null;
  /** Sessions since lastHigherDate (all of history when null). */
  sessionsSinceHigher: number;
}

/** A sector index up five or more sessions in a row. */
export interface SectorStreakStory extends StoryBase {
  kind: "sectorStreak";
  code: string;
  name: string;
  sessions: number;
  startDate: string;
  cumulativeChange: number;
  lowerBound: boolean;
}

/** A consecutive limit-up ladder three or more high. */
export interface LadderStory extends StoryBase {
  kind: "ladder";
  maxHeight: number;
  /** Codes at the top of the ladder, sorted. */
  topCodes: string[];
  consecutiveCount: number;
}

/** Advancers or decliners dominating the market. */
export interface BreadthExtremeStory extends StoryBase {
  kind: "breadthExtreme";
  direction: "up" | "down";
  advancers: number;
  decliners: number;
  /** advancers ÷ (advancers + decliners). */
  advancerShare: number;
}

/** A broad index moving 2% or more. */
export interface BigIndexMoveStory extends StoryBase {
  kind: "bigIndexMove";
  code: string;
  name: string;
  change: number;
  pctChange: number;
  reclaimedPreviousLoss: boolean;
}

/** An engulfing pattern completing today on a broad index. */
export interface EngulfingStory extends StoryBase {
  kind: "engulfing";
  code: string;
  name: string;
  pattern: "bullishEngulfing" | "bearishEngulfing";
  /** Patterns on the previous bar (e.g. the spinning top it engulfed). */
  after: PatternName[];
  pctChange: number;
}

/** Seal rate unusually high or low. */
export interface SealRateStory extends StoryBase {
  kind: "sealRate";
  sealRate: number;
  limitUpCount: number;
  brokenCount: number;
}

export type Story =
  | RoundLevelStory
  | RecordCloseStory
  | SectorStreakStory
  | LadderStory
  | BreadthExtremeStory
  | BigIndexMoveStory
  | EngulfingStory
  | SealRateStory;

export type StoryKind = Story["kind"];
