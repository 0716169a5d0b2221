import {parseBriefId} from "./briefId.ts";
import {FEED_ITEMS} from "./feedItems.ts";
import type {SitePart} from "./sitePart.ts";

/**
 * How a site is cut into parts (sitePart.ts), each one `astro build` of its own, so that no
 * build holds the whole archive's compiled MDX and a new day rebuilds only what it changes.
 *
 * - The head: the newest month and every month holding one of an edition's newest FEED_ITEMS
 *   briefs (the front page and the feeds render those in full), plus every page that lists
 *   briefs. A new day changes the head and, now and then, the part it leaves behind.
 * - The archive: the other months, one part per calendar year. A past year's part changes
 *   only when its briefs, their commentary or its neighbours at either end do.
 *
 * An archive too small to be worth a second build (fewer than PARTS_FROM briefs outside the
 * head, in either edition) is one build, the whole site.
 */
export type PlannedPart = Pick<SitePart, "name" | "months" | "lists">;

/** Briefs of an edition outside the head from which the site is built in parts: an Astro build costs ~5 s before its first page, about as much as ~100 briefs in it. */
export const PARTS_FROM = 100;

export type PartsMode = "auto" | "always" | "never";

/** Brief ids ("2025-06-24", "2025-06-25/midday") newest first, as the site lists them (a date's close before its midday brief). */
const newestFirst = (ids: readonly string[]): string[] =>
  [...ids].sort((a, b) => {
    const [pa, pb] = [parseBriefId(a), parseBriefId(b)];
    return pb.date.localeCompare(pa.date) || (pa.session === pb.session ? 0 : pa.session === "close" ? -1 : 1);
  });

/**
 * The parts of a site whose editions hold these brief ids: null when it is built whole. Archive
 * parts come oldest first, the head last (it lists the pages the others built).
 */
export function planSite(idsByEdition: readonly (readonly string[])[], mode: PartsMode = "auto"): PlannedPart[] | null {
  if (mode === "never") return null;
  const month = (id: string) => id.slice(0, 7);
  const all = idsByEdition.flat();
  if (all.length === 0) return null;
  const newest = all.map(month).sort().at(-1) as string;
  const head = new Set([newest, ...idsByEdition.flatMap((ids) => newestFirst(ids).slice(0, FEED_ITEMS).map(month))]);
  const outside = idsByEdition.map((ids) => ids.filter((id) => !head.has(month(id))).length);
  if (mode === "auto" && Math.max(...outside) < PARTS_FROM) return null;
  const years = new Map<string, Set<string>>();
  for (const m of all.map(month)) {
    if (head.has(m)) continue;
    const year = m.slice(0, 4);
    if (!years.has(year)) years.set(year, new Set());
    years.get(year)?.add(m);
  }
  if (years.size === 0) return null;
  const parts: PlannedPart[] = [...years.keys()].sort().map((year) => ({name: year, months: [...(years.get(year) ?? [])].sort(), lists: false}));
  return [...parts, {name: "head", months: [...head].sort(), lists: true}];
}
