/**
 * Every index over the whole calendar: closes from the factors and the stories' scripts, bars
 * around them, and each sector's own daily move (its return less its market part), which the
 * member stocks then follow. Broad indices are pinned to levels near the real ones at a few
 * turning points of 2023–2025 so the two-year history looks like the market's.
 */
import {broadReturn, type Factors} from "./marketFactors.ts";
import {ALL_INDICES, type IndexDef} from "./indexCatalog.ts";
import {indexBars, type MilliBar} from "./indexBars.ts";
import {indexPath} from "./indexPaths.ts";
import {createRng} from "./rng.ts";
import type {IndexScript} from "./script.ts";

/** Approximate real closes at turning points: the 2024-02-05 low, the 2024-10-08 peak, the April 2025 dip. */
const BROAD_PINS: Record<string, Record<string, number>> = {
  "000001.SH": {"2023-05-09": 3395, "2024-02-05": 2702, "2024-09-23": 2748, "2024-10-08": 3489, "2025-04-07": 3096, "2025-05-16": 3367},
  "399001.SZ": {"2023-05-09": 11240, "2024-02-05": 7520, "2024-10-08": 11495, "2025-04-07": 9364, "2025-05-16": 10180},
  "399006.SZ": {"2023-05-09": 2290, "2024-02-05": 1500, "2024-10-08": 2450, "2025-04-07": 1830, "2025-05-16": 2040},
  "000688.SH": {"2023-05-09": 1050, "2024-02-05": 700, "2024-10-08": 1050, "2025-04-07": 950, "2025-05-16": 990},
  "000300.SH": {"2023-05-09": 4010, "2024-02-05": 3200, "2024-10-08": 4256, "2025-04-07": 3590, "2025-05-16": 3890},
};

export interface IndexModel {
  bars: Map<string, MilliBar[]>;
  /** Sector code → its own move each calendar day (return less beta × market). */
  sectorMoves: Map<string, number[]>;
  defs: Map<string, IndexDef>;
}

export function buildIndexModel(seed: number, calendar: readonly string[], f: Factors, script: IndexScript): IndexModel {
  const bars = new Map<string, MilliBar[]>();
  const sectorMoves = new Map<string, number[]>();
  for (const def of ALL_INDICES) {
    const rng = createRng(seed, `index:${def.code}`);
    const raw = calendar.map((date, t) => {
      const noise = rng.normal();
      if (def.kind === "broad") return broadReturn(def.code, def.beta, f, t, noise * def.vol);
      const r = def.beta * (f.market[t] as number) + noise * def.vol;
      const clamp = script.sectorClamp[date];
      return clamp ? Math.min(clamp[1], Math.max(clamp[0], r)) : r;
    });
    const closes = indexPath(calendar, {
      def,
      raw,
      fixed: script.returns[def.code] ?? {},
      levels: {...BROAD_PINS[def.code], ...script.levels[def.code]},
      ceilings: script.ceilings.filter((c) => c.code === def.code),
    });
    const totalVol = def.kind === "broad" ? 0.011 : Math.hypot(def.vol, def.beta * 0.0095);
    const firstPrev = Math.round((closes[0] as number) / (1 + (raw[0] as number)));
    bars.set(def.code, indexBars(rng, calendar, closes, firstPrev, totalVol, script.shapes[def.code] ?? {}));
    if (def.kind !== "broad") {
      sectorMoves.set(
        def.code,
        closes.map((c, t) => (t === 0 ? 0 : c / (closes[t - 1] as number) - 1 - def.beta * (f.market[t] as number))),
      );
    }
  }
  return {bars, sectorMoves, defs: new Map(ALL_INDICES.map((d) => [d.code, d]))};
}
