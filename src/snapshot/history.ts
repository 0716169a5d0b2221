import type {IndexBar} from "./types.ts";

/** The shipped exchange calendar and data/calendar.csv: sessions, and dates calendar.csv says are closed. */
export interface KnownSessions {
  sessions: readonly string[];
  open: readonly string[];
  closed: readonly string[];
}

/**
 * Every trading date up to and including `date`, ascending: the known sessions (calendar.csv's
 * closed dates taken out, its open ones added) and the dates of the data (`dateLists`: index
 * history, day folders), which count as sessions whatever a calendar says: a day with data traded.
 */
export function tradingCalendar(date: string, known: KnownSessions, ...dateLists: Iterable<string>[]): string[] {
  // The shipped calendar is ~8,600 sorted dates and the data's own dates are mostly among them:
  // take it as it is and sort only the few dates it lacks, then merge (a backfill asks daily).
  const closed = new Set(known.closed);
  const base: string[] = [];
  for (const d of known.sessions) {
    if (d > date) break;
    if (!closed.has(d)) base.push(d);
  }
  const inBase = new Set(base);
  const extra = new Set<string>();
  for (const list of [[date], known.open, ...dateLists]) for (const d of list) if (d <= date && !inBase.has(d)) extra.add(d);
  if (extra.size === 0) return base;
  const more = [...extra].sort();
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < base.length || j < more.length) {
    if (j >= more.length || (i < base.length && (base[i] as string) < (more[j] as string))) out.push(base[i++] as string);
    else out.push(more[j++] as string);
  }
  return out;
}

/** The last `n` dates of `calendar` (ascending) that come before `date`, oldest first. */
export function datesBefore(calendar: readonly string[], date: string, n: number): string[] {
  const before = calendar.filter((d) => d < date);
  return before.slice(Math.max(before.length - n, 0));
}

/** How many of `bars` (oldest first) come before `date`, by binary search. */
function countBefore(bars: readonly IndexBar[], date: string): number {
  let lo = 0;
  let hi = bars.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((bars[mid] as IndexBar).date < date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// The series mergeIndexBars made: in date order, one bar per date, by construction.
const mergedSeries = new WeakSet<readonly IndexBar[]>();

/** Whether `bars` is a series made by mergeIndexBars (so in date order, one bar per date), without looking at every bar. */
export const isMergedSeries = (bars: readonly IndexBar[]): boolean => mergedSeries.has(bars);

/**
 * Index code → daily bars before `date`, oldest first, keys sorted. `history` is the long
 * index history (code → bars, oldest first); `folderBars` come from day folders, any order,
 * and replace the history's bar of the same code and date: the folder is what the brief of
 * that day was written from.
 */
export function mergeIndexBars(
  date: string,
  history: Readonly<Record<string, readonly IndexBar[]>>,
  folderBars: readonly IndexBar[],
): Record<string, IndexBar[]> {
  const fromFolders = new Map<string, IndexBar[]>();
  for (const bar of folderBars) {
    if (bar.date >= date) continue;
    const bars = fromFolders.get(bar.code) ?? [];
    if (bars.length === 0) fromFolders.set(bar.code, bars);
    bars.push(bar);
  }
  const result: Record<string, IndexBar[]> = {};
  for (const code of [...new Set([...Object.keys(history), ...fromFolders.keys()])].sort()) {
    const bars = history[code] ?? [];
    const kept = bars.slice(0, countBefore(bars, date));
    const folder = (fromFolders.get(code) ?? []).sort(byDate);
    const merged = folder.length === 0 ? kept : mergeByDate(kept, folder);
    if (merged.length > 0) {
      mergedSeries.add(merged);
      result[code] = merged;
    }
  }
  return result;
}

const byDate = (a: IndexBar, b: IndexBar) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

/** Two date-ordered lists as one; on the same date the second list's bar wins. */
function mergeByDate(first: readonly IndexBar[], second: readonly IndexBar[]): IndexBar[] {
  const out: IndexBar[] = [];
  let i = 0;
  let j = 0;
  while (i < first.length || j < second.length) {
    const a = first[i];
    const b = second[j];
    if (b === undefined || (a !== undefined && a.date < b.date)) {
      out.push(a as IndexBar);
      i += 1;
    } else {
      if (a !== undefined && a.date === b.date) i += 1;
      out.push(b);
      j += 1;
    }
  }
  return out;
}
