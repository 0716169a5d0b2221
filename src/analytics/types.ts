/**
 * MarketFacts: everything the brief may say about one snapshot, as typed data. Public contract:
 * written as `content/briefs/DATE.facts.json` and documented field by field in docs/facts.md.
 *
 * Units live in names: stock prices in integer fen (`closeFen`), index levels in points,
 * changes as fractions (`pctChange: 0.0445` is +4.45%), limit percents as whole percents
 * (`upPct: 10`). Nothing is pre-formatted. Every list is sorted with an explicit tie-break,
 * stock or index code last.
 */
import type {Board} from "../market/board.ts";
import type {IndexQuote, Session} from "../snapshot/types.ts";
import type {PatternName} from "./patternName.ts";
import type {Story} from "./storyTypes.ts";

export interface MarketFacts {
  date: string;
  session: Session;
  /** Attribution line from meta.json. */
  source: string;
  history: HistoryCoverage;
  limits: LimitFacts;
  ladder: LadderFacts;
  breadth: BreadthFacts;
  /** Broad indices: 000001.SH, 399001.SZ, 399006.SZ, 000688.SH, 000300.SH first, then other broad ones by code. */
  indices: IndexFacts[];
  sectors: SectorFacts;
  /** The day set against the previous session; null when that session's snapshot is not in history. */
  previous: PreviousSession | null;
  /** Ranked by score desc, then kind, then first subject code. The composer's headline is stories[0]. */
  stories: Story[];
  /** Code → English name, for the stocks (from the security master) and indices (name_en) these facts name. */
  englishNames: Record<string, string>;
  /** Index code → its recent daily bars, today's last (see analytics/chartSeries.ts): what the charts draw. */
  chartSeries: Record<string, SeriesBar[]>;
  /** Today's limit-up stocks grouped by theme, largest group first (see analytics/limitThemes.ts). */
  limitThemes: LimitTheme[];
  /** The market's mood over the recent sessions with a snapshot, oldest first, today last (see analytics/moodSeries.ts). */
  mood: MoodSession[];
}

/** An industry or concept index under which the day's limit-up board groups some of its stocks. */
export interface LimitTheme {
  code: string;
  name: string;
  /** Constituents in members.csv. */
  memberCount: number;
  /** Today's headline limit-ups among all its constituents (some may be grouped under a larger theme). */
  limitUpMembers: number;
  /** The limit-up stocks grouped under it, by code. */
  codes: string[];
}

/** One session's limit counts and ladder height: a point of the mood chart. */
export interface MoodSession {
  date: string;
  limitUpCount: number;
  limitDownCount: number;
  brokenCount: number;
  /** limitUpCount ÷ (limitUpCount + brokenCount); null when nothing touched the limit-up price. */
  sealRate: number | null;
  /** The highest consecutive limit-up streak that session (0 with no limit-up). */
  maxHeight: number;
  /** True when the history ran out inside that streak: the height is at least this. */
  maxHeightLowerBound: boolean;
}

/** One daily bar of an index in points. */
export interface SeriesBar {
  date: string;
  open: number;
  high: number;
  low: number;
  close: number;
}

/** How much history the facts could draw on; facts that need more are omitted or flagged. */
export interface HistoryCoverage {
  /** Trading sessions in the calendar up to and including today. */
  calendarSessions: number;
  calendarStart: string | null;
  /** Earlier close snapshots available (stock-level history). */
  stockDays: number;
  stockDaysStart: string | null;
}

// ─── Price limits ────────────────────────────────────────────────────────────────────────

/** Why a stock's limit could not be known (fail closed: it is left out of limit counts). */
export type UnknownLimitReason = "unknownBoard" | "unknownSt" | "unknownListingAge";

/** The filters applied to headline limit counts, stated as data for the footnote. */
export interface LimitFilters {
  excludesSt: boolean;
  excludesNoLimitListings: boolean;
}

/** One stock on a limit list. */
export interface LimitStock {
  code: string;
  name: string;
  board: Board;
  isSt: boolean;
  /** Whole percent of the side this list is about (up for limit-up/broken, down for limit-down). */
  limitPct: number;
  /** The limit price this list is about, in fen. */
  limitFen: number;
  /** "vendor" when the snapshot's up_limit/down_limit was used, else "rule". */
  limitSource: "rule" | "vendor";
  prevCloseFen: number;
  openFen: number;
  highFen: number;
  lowFen: number;
  closeFen: number;
  /** close / prevClose − 1. */
  pctChange: number;
  /** open = high = low = close = limit (一字板). */
  onePrice: boolean;
  /** Industry and concept indices the stock belongs to (members.csv), sorted. */
  sectors: string[];
}

/** Where the listing ages of stocks with a known limit came from (see market/listingAge.ts). */
export interface ListingAgeSources {
  listDate: number;
  master: number;
  nameMark: number;
  unmarkedName: number;
}

/** Counts as Chinese sites (CLS, 同花顺, 大智慧) give them: ST stocks included, limit-free new listings still out. */
export interface WithStCounts {
  limitUpCount: number;
  limitDownCount: number;
  brokenCount: number;
  sealRate: number | null;
}

export interface UnknownLimits {
  total: number;
  unknownBoard: number;
  unknownSt: number;
  unknownListingAge: number;
  /** Codes left out, sorted. */
  codes: string[];
}

export interface VendorLimitMismatch {
  code: string;
  side: "up" | "down";
  ruleFen: number;
  vendorFen: number;
}

export interface LimitFacts {
  filters: LimitFilters;
  /** Headline lists (filters applied), sorted by board order, then pctChange desc, then code. */
  limitUp: LimitStock[];
  limitDown: LimitStock[];
  /** Touched the limit-up price intraday, closed below it (炸板). */
  broken: LimitStock[];
  /** Headline limit-up stocks that were one-price boards. */
  onePriceUp: LimitStock[];
  onePriceDown: LimitStock[];
  /** Headline counts (the lists' lengths, repeated for easy citing). touched = limitUp + broken. */
  limitUpCount: number;
  limitDownCount: number;
  brokenCount: number;
  touchedCount: number;
  /** limitUp ÷ (limitUp + broken) by stocks; null when nothing touched the limit. */
  sealRate: number | null;
  /** Touched the limit-down price intraday, closed above it (headline filters). */
  downBrokenCount: number;
  /** 跌停封板率: limitDown ÷ (limitDown + downBroken); null when nothing touched the limit-down price. */
  downSealRate: number | null;
  /** The same counts with ST stocks included. */
  withSt: WithStCounts;
  /** Stocks whose limit is known, by where their listing age came from. */
  listingAgeSources: ListingAgeSources;
  /** Stocks with a known limit left out of the headline by the filters. */
  excluded: {stLimitUp: number; stLimitDown: number; stBroken: number; noLimitListings: number};
  /** Stocks whose limit could not be known, and why. */
  unknown: UnknownLimits;
  /** Stocks whose limit is known (a percent limit or none): every count above is over these. */
  knownCount: number;
  /** Vendor limit prices that disagree with the rule table (the vendor's price was used). */
  vendorMismatches: VendorLimitMismatch[];
}

// ─── The previous session ────────────────────────────────────────────────────────────────

/** How the previous session's headline limit-up stocks did today (昨日涨停今日表现). */
export interface LimitUpsToday {
  /** Yesterday's headline limit-ups. */
  count: number;
  /** Of them, traded today (not suspended). */
  traded: number;
  /** Closed above their previous close today. */
  rose: number;
  /** Closed limit-up again today. */
  sealedAgain: number;
  /** Mean of today's pctChange over the traded ones; null when none traded. */
  averagePctChange: number | null;
}

/** Of yesterday's stocks at streak height `height`, how many stand one higher today (连板晋级率). */
export interface Promotion {
  height: number;
  count: number;
  promoted: number;
  /** promoted ÷ count. */
  rate: number;
}

export interface PreviousSession {
  /** The calendar's session before today. */
  date: string;
  /** Its turnover, CNY yuan (all stocks, rounded to whole yuan). */
  turnoverYuan: number;
  /** Today's turnover minus it (放量 when above 0, 缩量 below); null for a midday snapshot. */
  turnoverChangeYuan: number | null;
  /** Its headline counts, under its own day's rules. */
  limitUpCount: number;
  limitDownCount: number;
  brokenCount: number;
  limitUpsToday: LimitUpsToday;
  /** By yesterday's height, ascending. */
  promotion: Promotion[];
  /** That session's top-ranked story (its stories[0]); null when it had none. */
  topStory: PreviousTopStory | null;
}

/** A story by kind and subjects only: enough to tell whether today's top story repeats it. */
export interface PreviousTopStory {
  kind: Story["kind"];
  subjects: string[];
}

// ─── Consecutive limit-ups ───────────────────────────────────────────────────────────────

export interface StreakStock {
  code: string;
  name: string;
  board: Board;
  /** Trading days in a row closing limit-up, ending today (1 = first board). */
  height: number;
  /** True when history ran out (or had a gap) while the streak was still going: height is a lower bound. */
  lowerBound: boolean;
  /** Limit-up dates of the streak, oldest first (suspended days skipped). */
  dates: string[];
  /** Previous close of the streak's first day, fen. */
  startPrevCloseFen: number;
  closeFen: number;
  /** closeFen / startPrevCloseFen − 1. */
  cumulativeGain: number;
  /** N天M板: limit-ups within the last sessions, gaps allowed (see analytics/boardsInDays.ts). */
  boardsInDays: BoardsInDays;
}

/** M limit-up closes (`boards`) within the last N sessions (`days`), today included. */
export interface BoardsInDays {
  days: number;
  boards: number;
  /** History ended while the run could still go on: both are lower bounds. */
  lowerBound: boolean;
}

export interface LadderRung {
  height: number;
  /** Sorted by code. */
  stocks: StreakStock[];
}

export interface LadderFacts {
  /** Same filters as the headline limit-up list. */
  filters: LimitFilters;
  /** Heights desc; only heights that occur. */
  rungs: LadderRung[];
  /** Stocks at height 1 (首板). */
  firstBoardCount: number;
  /** Stocks at height ≥ 2. */
  consecutiveCount: number;
  maxHeight: number;
  /** Most limit-ups in a run with gaps allowed (the highest M of N天M板); 0 without limit-ups. */
  maxBoardsInDays: number;
}

// ─── Breadth ─────────────────────────────────────────────────────────────────────────────

export type BucketId =
  | "limitDown"
  | "le-7"
  | "-7to-5"
  | "-5to-3"
  | "-3to0"
  | "zero"
  | "0to3"
  | "3to5"
  | "5to7"
  | "ge7"
  | "limitUp";

export interface BreadthBucket {
  id: BucketId;
  /**
   * Bounds as fractions (null = open); limit buckets carry null/null. A boundary belongs to the
   * bucket farther from zero: −7% exactly is in "le-7", +3% exactly in "3to5".
   */
  lower: number | null;
  upper: number | null;
  count: number;
}

export interface BoardBreadth {
  board: Board;
  advancers: number;
  decliners: number;
  unchanged: number;
  suspended: number;
  /** Closed more than 9% above the previous close. */
  upOver9: number;
  /** Headline limit-up / limit-down stocks on this board (same filters as `limits`). */
  limitUp: number;
  limitDown: number;
}

export interface BreadthFacts {
  total: number;
  advancers: number;
  decliners: number;
  unchanged: number;
  suspended: number;
  upOver9: number;
  /** Turnover of all stocks in the snapshot in CNY, rounded to whole yuan. */
  turnoverYuan: number;
  /** In board order main, chinext, star, bse; stocks of unknown board are only in the totals. */
  byBoard: BoardBreadth[];
  /** Traded stocks in buckets, in the order of BucketId; counts sum to total − suspended. */
  distribution: BreadthBucket[];
}

// ─── Indices ─────────────────────────────────────────────────────────────────────────────


export interface CandlePattern {
  name: PatternName;
  /** The bar the pattern completes on. */
  date: string;
  /** TA-Lib's output value: ±100, or ±80 for engulfing with an equal open/close. */
  strength: number;
}

export interface IndexMove {
  date: string;
  close: number;
  /** Points, rounded to 0.001. */
  change: number;
  pctChange: number;
}

/** The highest close over available history (not necessarily all-time). */
export interface RecordClose {
  /** Today's close is above every earlier close in history. */
  isRecord: boolean;
  /** Sessions of history compared against (earlier bars, today excluded). */
  historySessions: number;
  historyStart: string | null;
  previousHigh: number | null;
  previousHighDate: string | null;
  /** The last earlier close at or above today's; null when today's close tops all history. */
  lastHigherDate: string | null;
  /** Earlier sessions after lastHigherDate (all of history when it is null): today is the highest close in these. */
  sessionsSinceHigher: number;
}

/** "First close above L in Y years": today ≥ L, yesterday < L, last close ≥ L at least a year ago or never. */
export interface RoundLevelBreak {
  level: number;
  /** Last close at or above the level before today; null when never in history. */
  lastAboveDate: string | null;
  /** Whole years from lastAboveDate to today (floor); null when never in history. */
  yearsSince: number | null;
  historyStart: string | null;
}

export interface UpDownStreak {
  direction: "up" | "down";
  /** Sessions in a row moving in direction, ending today (today included). */
  sessions: number;
  /** Date of the first session of the streak. */
  startDate: string;
  /** Close the session before the streak began. */
  baseClose: number;
  /** close today / baseClose − 1. */
  cumulativeChange: number;
  /** History ran out while the streak was still going. */
  lowerBound: boolean;
}

/** Today's bar (code, name, kind, prevClose, OHLC in points) plus what history says about it. */
export interface IndexFacts extends Omit<IndexQuote, "amountYuan"> {
  /** close − prevClose, points, rounded to 0.001. */
  change: number;
  pctChange: number;
  /** The previous session's own move; null without two earlier bars. */
  previous: IndexMove | null;
  /** Previous session fell and today closed above the close before that fall. */
  reclaimedPreviousLoss: boolean;
  /** Consecutive up and down sessions immediately before today (one of them is 0). */
  priorUpSessions: number;
  priorDownSessions: number;
  /** Today's streak in today's direction; null when today is unchanged. */
  streak: UpDownStreak | null;
  /** Patterns completing today, then those that completed on the previous bar. */
  patterns: CandlePattern[];
  previousPatterns: CandlePattern[];
  record: RecordClose;
  roundLevel: RoundLevelBreak | null;
}

// ─── Sectors ─────────────────────────────────────────────────────────────────────────────

export type LimitStatus = "limitUp" | "limitDown" | "broken" | "none" | "unknown";

export interface MemberMove {
  code: string;
  name: string;
  board: Board | null;
  closeFen: number;
  pctChange: number;
  limitStatus: LimitStatus;
}

export interface MemberMonthToDate {
  code: string;
  name: string;
  baseCloseFen: number;
  closeFen: number;
  pctChange: number;
}

export interface MonthToDate {
  /** Last trading day of the previous month. */
  baseDate: string;
  baseClose: number;
  pctChange: number;
  /** Top 5 members by change since baseDate; null when that day's snapshot is not in history. */
  leaders: MemberMonthToDate[] | null;
}

export interface SectorEntry extends IndexFacts {
  memberCount: number;
  /** Top 5 members by today's change, then code. */
  leadingMembers: MemberMove[];
  /** Up-day streak ending today; null when today was not up. */
  upStreak: UpDownStreak | null;
  monthToDate: MonthToDate | null;
  /** Up today while the SSE Composite fell; upOnCompositeDownDays counts such sessions among the last 5 composite down days. */
  upWhileCompositeFell: boolean;
  upOnCompositeDownDays: {sessions: number; of: number};
}

export interface SectorFacts {
  /** Industry and concept indices in the snapshot. */
  count: number;
  /** Top 5 by pctChange desc, then code. */
  leaders: SectorEntry[];
  /** Bottom 5 by pctChange asc, then code. */
  laggards: SectorEntry[];
  /** Sectors with a streak ≥ 5, a record close or a round-level break, by code (may repeat leaders). */
  notable: SectorEntry[];
  /** Codes of sectors up while the SSE Composite fell today, by pctChange desc then code. */
  upWhileCompositeFell: string[];
}

// Stories live in storyTypes.ts (one type per kind); re-exported so importers need one path.
export type * from "./storyTypes.ts";
export type {PatternName} from "./patternName.ts";
