/** A stock's day while it is being decided: the move it wants, what happens to it, its close. */
import type {SampleLimit} from "./sampleLimit.ts";
import type {Stock} from "./stock.ts";

export type Outcome = "suspended" | "natural" | "limitUp" | "broken" | "limitDown";

export interface Draft {
  stock: Stock;
  prevFen: number;
  limit: SampleLimit;
  /** The return the stock's factors (or its script) ask for. */
  r: number;
  outcome: Outcome;
  onePrice: boolean;
  closeFen: number;
  /** Set by a story (event or month-to-date path): fits and random events leave it alone. */
  pinned: boolean;
  /** Highest close allowed (a story's cap on a sector's ordinary members); null when none. */
  capFen: number | null;
  /** Consecutive limit-up closes up to the previous session (suspended days skipped). */
  streak: number;
}

/** A Draft with a percent limit (not suspended, not a limit-free new listing). */
export type PctDraft = Draft & {limit: Extract<SampleLimit, {kind: "pct"}>};

export const hasPct = (d: Draft): d is PctDraft => d.limit.kind === "pct" && d.outcome !== "suspended";

/** In headline limit counts: a percent limit, ST status known and not ST. */
export const isHeadline = (d: Draft): d is PctDraft => hasPct(d) && d.stock.stKnown && !d.stock.isSt;

/** Close for a return, strictly between the limits (reflected inward if it would reach one), under the cap. */
export function innerClose(d: PctDraft, r: number, u: number): number {
  const {upFen, downFen, upPct, downPct} = d.limit;
  let close = Math.round(d.prevFen * (1 + r));
  if (close >= upFen) close = Math.round(d.prevFen * (1 + (upPct / 100) * (0.5 + 0.42 * u)));
  if (close <= downFen) close = Math.round(d.prevFen * (1 - (downPct / 100) * (0.5 + 0.42 * u)));
  if (d.capFen !== null) close = Math.min(close, d.capFen);
  return Math.max(downFen + 1, Math.min(upFen - 1, close));
}
