/**
 * What an import needs to know of data/ before converting: the security master, calendar.csv
 * and the last known closes (for stocks suspended on the day). Problems in the master or the
 * calendar are returned: an import that rewrites them must not start from a broken file.
 */
import type {DataState} from "../import/tushareDay.ts";
import {createEffects, listSnapshotDates, loadCalendarFile, loadMaster} from "../io/index.ts";
import type {Issue} from "../snapshot/issue.ts";

export async function loadDataState(dataDir: string, date: string): Promise<{state: DataState} | {issues: Issue[]}> {
  const master = await loadMaster(dataDir);
  const calendar = await loadCalendarFile(dataDir);
  const issues = [...(master.ok ? [] : master.issues), ...(calendar.ok ? [] : calendar.issues)];
  if (!master.ok || !calendar.ok) return {issues};
  return {state: {master: master.value, calendar: calendar.value, previousCloseFen: await previousCloses(dataDir, date)}};
}

/**
 * The last known close of every stock in the latest earlier close-session snapshot, for stocks
 * suspended today (a midday snapshot's prices are not closes). Empty when there is none.
 */
export async function previousCloses(dataDir: string, date: string): Promise<Map<string, number>> {
  const closes = new Map<string, number>();
  const effects = createEffects();
  for (const earlier of (await listSnapshotDates(dataDir)).filter((d) => d < date).reverse()) {
    const snapshot = await effects.loadSnapshot(dataDir, earlier);
    if (!snapshot.ok) {
      process.stderr.write(`warning: ${dataDir}/${earlier}/ is invalid, so suspended stocks' last closes are unknown\n`);
      return closes;
    }
    if (snapshot.value.meta.session !== "close") continue;
    // Suspended then too: its previous close is still the last close.
    for (const s of snapshot.value.stocks) closes.set(s.code, s.closeFen ?? s.prevCloseFen);
    return closes;
  }
  return closes;
}
