import type {IndexBar} from "./types.ts";

/** Every trading date up to and including `date`, ascending: the union of the given date lists. */
export function tradingCalendar(date: string, ...dateLists: Iterable<string>[]): string[] {
  const dates = new Set<string>([date]);
  for (const list of dateLists) for (const d of list) if (d <= date) dates.add(d);
  return [...dates].sort();
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
