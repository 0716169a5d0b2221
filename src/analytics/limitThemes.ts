/**
 * The day's limit-up stocks grouped by theme, as a desk groups its 涨停 board: each stock under
 * the industry or concept index that gathers the most of the day's limit-ups. Themes are taken
 * greedily — the index holding the most limit-ups not yet placed, then the next among the rest —
 * so every group is as large as it can be, and a stock in several hot themes sits under the
 * largest. Indices that hold a large part of the market (margin-trading lists, Stock Connect
 * lists) say nothing about why a stock rose and are never themes.
 */
import type {LimitStock, LimitTheme} from "./types.ts";
import type {Snapshot} from "../snapshot/types.ts";

/**
 * An index holding more than this share of the day's stocks, and at least LIST_MIN_MEMBERS of
 * them, is a list, not a theme. (The floor keeps a small snapshot's sectors, each a large share
 * of a few stocks, as themes.)
 */
export const THEME_MAX_SHARE = 0.15;
export const LIST_MIN_MEMBERS = 200;

/**
 * Themes by the number of stocks they group, descending, then the limit-ups among all their
 * members, then code. A stock of no theme (no qualifying index) is in none of them.
 */
export function limitThemes(limitUp: readonly LimitStock[], snapshot: Snapshot): LimitTheme[] {
  const names = new Map(snapshot.indices.filter((i) => i.kind !== "broad").map((i) => [i.code, i.name]));
  const maxMembers = Math.max(snapshot.stocks.length * THEME_MAX_SHARE, LIST_MIN_MEMBERS - 1);
  // Index → today's limit-ups among its members, by code.
  const candidates = new Map<string, string[]>();
  for (const s of limitUp) {
    for (const code of s.sectors) {
      if (!names.has(code) || (snapshot.members[code]?.length ?? 0) > maxMembers) continue;
      candidates.set(code, [...(candidates.get(code) ?? []), s.code]);
    }
  }
  const placed = new Set<string>();
  const themes: LimitTheme[] = [];
  for (;;) {
    let best: {code: string; open: string[]; all: number} | null = null;
    for (const [code, members] of candidates) {
      const open = members.filter((m) => !placed.has(m));
      if (open.length === 0) continue;
      // Ties: the theme with more limit-ups in all, then the lower index code.
      if (!best || open.length > best.open.length || (open.length === best.open.length && (members.length > best.all || (members.length === best.all && code < best.code)))) {
        best = {code, open, all: members.length};
      }
    }
    if (!best) break;
    for (const m of best.open) placed.add(m);
    themes.push({code: best.code, name: names.get(best.code) as string, limitUpMembers: best.all, memberCount: snapshot.members[best.code]?.length ?? 0, codes: [...best.open].sort()});
  }
  return themes;
}
