import type {MarketFacts} from "../analytics/types.ts";

/**
 * Which headline template tells the top story, in both editions: 0, the story's plain template,
 * unless the previous session's top story was of the same kind (then the plain template would
 * run two days in a row); then 1 or 2, alternating by session (the calendar's count of sessions
 * up to today), so a run of repeats never gives two consecutive days one template. Templates 1
 * and 2 tell what changed since the day before.
 */
export function headlineAngle(facts: MarketFacts): 0 | 1 | 2 {
  const top = facts.stories[0];
  const before = facts.previous?.topStory;
  if (!top || !before || before.kind !== top.kind) return 0;
  return facts.history.calendarSessions % 2 === 0 ? 1 : 2;
}

/** True when the previous session's top story was about the same subjects (the same stock on the ladder, the same index). */
export function sameSubjectAsBefore(facts: MarketFacts): boolean {
  const top = facts.stories[0];
  const before = facts.previous?.topStory;
  return !!top && !!before && before.kind === top.kind && before.subjects.join() === top.subjects.join();
}
