/**
 * Analytics: a Day (one snapshot plus the history before it) goes in; MarketFacts come out —
 * price limits and limit-up lists, the consecutive limit-up ladder, breadth, broad indices
 * with patterns and records, sectors with streaks and month-to-date leaders, and ranked
 * stories — with warnings about data that was odd but usable. Every number in the facts
 * carries the codes, fen prices and dates it came from. This stage is pure: it never reads
 * files, the clock, random numbers, the environment or the locale, and it never formats
 * numbers for reading; that is compose/'s job.
 */
export {computeFacts} from "./computeFacts.ts";
export {factsToJson} from "./factsToJson.ts";
export type * from "./types.ts";
export type {Board} from "../market/board.ts";
