import type {MarketFacts, RecordCloseStory, RoundLevelStory, SectorStreakStory} from "../analytics/types.ts";

export type SectorStory = RecordCloseStory | RoundLevelStory | SectorStreakStory;

/**
 * The stories about sector and concept indices (not the broad ones), in rank order, leaving out
 * those about `except` (the spotlight's sector, which states its own): what the sector section
 * states, in both editions.
 */
export function sectorStories(facts: MarketFacts, except: string | null): SectorStory[] {
  const broad = new Set(facts.indices.map((i) => i.code));
  return facts.stories.filter(
    (s): s is SectorStory => (s.kind === "recordClose" || s.kind === "roundLevel" || s.kind === "sectorStreak") && !broad.has(s.code) && s.code !== except,
  );
}

/** The broad-index stories of one kind, in rank order. */
export function broadStories<K extends "recordClose" | "roundLevel">(facts: MarketFacts, kind: K): Extract<SectorStory, {kind: K}>[] {
  const broad = new Set(facts.indices.map((i) => i.code));
  return facts.stories.filter((s): s is Extract<SectorStory, {kind: K}> => s.kind === kind && broad.has(s.code));
}
