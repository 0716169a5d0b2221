import {describe, expect, it} from "vitest";
import type {MoodSession} from "../../src/analytics/types.ts";
import {moodRecord} from "../../src/compose/moodRecord.ts";

/** Sessions on consecutive June days with these limit-up counts, today (the last) on June 2 + n. */
function mood(counts: number[]): {mood: MoodSession[]; session: "close"; date: string} {
  const sessions = counts.map((n, i) => ({date: `2025-06-${String(i + 2).padStart(2, "0")}`, limitUpCount: n, limitDownCount: 0, brokenCount: 0, sealRate: null, maxHeight: 1, maxHeightLowerBound: false}));
  return {mood: sessions, session: "close", date: (sessions.at(-1) as MoodSession).date};
}

describe("moodRecord(facts)", () => {
  it("finds the last session with more limit-ups, four or more sessions back", () => {
    // 90 on 06-03, then four sessions under 80, then 80 today: the most since 06-03.
    const r = moodRecord(mood([50, 90, 60, 70, 65, 75, 80]));
    expect(r).toMatchObject({kind: "most", since: {date: "2025-06-03", limitUpCount: 90}, sessions: 7});
  });

  it("says nothing when the session with more is close behind", () => {
    // 85 three sessions back: no news either way (30 is lower than 80, so no fewest either).
    expect(moodRecord(mood([30, 40, 50, 85, 60, 70, 80]))).toBeNull();
  });

  it("gives the most or the fewest of all the sessions charted, a tie included", () => {
    expect(moodRecord(mood([50, 60, 70, 80, 90, 90]))).toMatchObject({kind: "most", since: null, sessions: 6});
    expect(moodRecord(mood([50, 60, 70, 80, 90, 40]))).toMatchObject({kind: "fewest", since: null});
  });

  it("says nothing on a flat series, a short one, or at midday", () => {
    expect(moodRecord(mood([0, 0, 0, 0, 0, 0]))).toBeNull();
    expect(moodRecord(mood([50, 60, 70, 90]))).toBeNull();
    expect(moodRecord({...mood([50, 60, 70, 80, 90, 100]), session: "midday" as never})).toBeNull();
  });
});
