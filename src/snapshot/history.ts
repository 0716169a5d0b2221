import type {IndexBar} from "./types.ts";
import {byCodeThenDate} from "./byCode.ts";

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

/**
 * Index code → daily bars before `date`, oldest first, keys sorted. Bars from day folders
 * replace the long history file's bar of the same code and date: the folder is what the brief
 * of that day was written from.
 */
export function mergeIndexBars(
  date: string,
  historyBars: readonly IndexBar[],
  folderBars: readonly IndexBar[],
): Record<string, IndexBar[]> {
  const byCode = new Map<string, Map<string, IndexBar>>();
  // History first, folders second: a later set() on the same date wins.
  for (const bars of [historyBars, folderBars]) {
    for (const bar of bars) {
      if (bar.date >= date) continue;
      const dates = byCode.get(bar.code) ?? new Map<string, IndexBar>();
      dates.set(bar.date, bar);
      byCode.set(bar.code, dates);
    }
  }
  const result: Record<string, IndexBar[]> = {};
  for (const code of [...byCode.keys()].sort()) {
    result[code] = [...(byCode.get(code)?.values() ?? [])].sort(byCodeThenDate);
  }
  return result;
}
