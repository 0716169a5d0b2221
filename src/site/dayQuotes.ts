import type {Snapshot} from "../snapshot/types.ts";

/**
 * Every sector (industry and concept index) and every stock of a brief's snapshot, for editors
 * citing one by code: `sectors[885710.TI].pctChange`, `stocks[002442.SZ].closeFen`, whether or
 * not the brief's facts rank it among the leaders. Fractions and fen as in facts.json.
 */
export interface DayQuotes {
  sectors: Record<string, unknown>[];
  stocks: Record<string, unknown>[];
}

const ratio = (close: number | null, prev: number): number | null => (close === null || prev === 0 ? null : close / prev - 1);

export function dayQuotes(snapshot: Snapshot): DayQuotes {
  const sectors = snapshot.indices
    .filter((i) => i.kind !== "broad")
    .map((i) => ({code: i.code, name: i.name, nameEn: i.nameEn, kind: i.kind, open: i.open, high: i.high, low: i.low, close: i.close, prevClose: i.prevClose, change: i.close - i.prevClose, pctChange: ratio(i.close, i.prevClose)}));
  const stocks = snapshot.stocks.map((s) => ({
    code: s.code,
    name: s.name,
    openFen: s.openFen,
    highFen: s.highFen,
    lowFen: s.lowFen,
    closeFen: s.closeFen,
    prevCloseFen: s.prevCloseFen,
    pctChange: ratio(s.closeFen, s.prevCloseFen),
    amountYuan: s.amountYuan,
    volume: s.volume,
    suspended: s.suspended,
  }));
  return {sectors, stocks};
}

/** Whether commentary text cites a sector or stock by code (then the day's quotes are read). */
export const citesByCode = (text: string): boolean => /\b(sectors|stocks)\[(?!\d+\])[^\]]+\]/.test(text);

const DATA_DIR = process.env.MARKET_BRIEF_DATA ?? "data";
const cache = new Map<string, Promise<DayQuotes | null>>();

/**
 * The quotes of a brief's snapshot (by brief id), read from data/ once per build; null when the
 * snapshot is gone or is no longer the session the brief reports.
 */
export function quotesOf(id: string): Promise<DayQuotes | null> {
  let quotes = cache.get(id);
  if (!quotes) {
    quotes = (async () => {
      const {createEffects} = await import("../io/effects.ts");
      const {MIDDAY_DIR} = await import("../io/listSnapshotDates.ts");
      const {join} = await import("node:path");
      const date = id.slice(0, 10);
      const midday = id.endsWith("/midday");
      const effects = createEffects();
      // A midday brief's snapshot is data/midday/DATE/, or data/DATE/ when that still holds it.
      const tries = midday ? [join(DATA_DIR, MIDDAY_DIR), DATA_DIR] : [DATA_DIR];
      for (const dir of tries) {
        const loaded = await effects.loadSnapshot(dir, date).catch(() => null);
        if (loaded?.ok && loaded.value.meta.session === (midday ? "midday" : "close")) return dayQuotes(loaded.value);
      }
      return null;
    })();
    cache.set(id, quotes);
  }
  return quotes;
}
