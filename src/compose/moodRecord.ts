/**
 * What the mood chart shows in one sentence, when it shows something: today's limit-up count
 * the most or the fewest of the sessions charted, or since a session some way back. Both
 * editions word the same finding; a midday count (half a day) is never set against whole days.
 */
import type {MarketFacts, MoodSession} from "../analytics/types.ts";

/** Fewer sessions than this make no trend worth a sentence. */
export const MIN_SESSIONS = 5;
/** "The most since" names a session at least this many sessions back; a nearer one is no news. */
export const MIN_GAP = 4;

export interface MoodRecord {
  kind: "most" | "fewest";
  today: MoodSession;
  /** The latest earlier session with more (most) or fewer (fewest); null when none of those charted had. */
  since: MoodSession | null;
  /** Sessions charted, today included. */
  sessions: number;
}

export function moodRecord(facts: Pick<MarketFacts, "mood" | "session" | "date">): MoodRecord | null {
  const today = facts.mood.at(-1);
  if (facts.session !== "close" || !today || today.date !== facts.date || facts.mood.length < MIN_SESSIONS) return null;
  const earlier = facts.mood.slice(0, -1);
  // A flat series (every session the same count, zero say) has no most or fewest.
  if (earlier.every((m) => m.limitUpCount === today.limitUpCount)) return null;
  for (const kind of ["most", "fewest"] as const) {
    // The last session with more (most) or fewer (fewest): a tie is still the most or the fewest.
    const beats = (m: MoodSession) => (kind === "most" ? m.limitUpCount > today.limitUpCount : m.limitUpCount < today.limitUpCount);
    const i = earlier.findLastIndex(beats);
    if (i < 0) return {kind, today, since: null, sessions: facts.mood.length};
    if (earlier.length - i >= MIN_GAP + 1) return {kind, today, since: earlier[i] as MoodSession, sessions: facts.mood.length};
  }
  return null;
}
