/**
 * Index closes over the whole calendar, in integer thousandths of a point (vendors publish
 * three decimals, so levels are exact). Raw daily returns come from the factors; a story's
 * fixed returns replace them; its fixed levels pin the path, the days between two pins
 * sharing the difference evenly (in log terms) unless their return is fixed; ceilings then
 * fold any close above a level back under it.
 */
import type {IndexDef} from "./indexCatalog.ts";
import type {Ceiling} from "./script.ts";

export interface PathSpec {
  def: IndexDef;
  /** Raw return of each calendar day (index 0's is the move into the first day). */
  raw: readonly number[];
  fixed: Record<string, number>;
  levels: Record<string, number>;
  ceilings: readonly Ceiling[];
}

/** Closes in thousandths of a point, one per calendar day. */
export function indexPath(calendar: readonly string[], spec: PathSpec): number[] {
  const n = calendar.length;
  const logR = calendar.map((date, t) => Math.log1p(spec.fixed[date] ?? (spec.raw[t] as number)));
  const isFixed = calendar.map((date) => date in spec.fixed);
  const pins: [number, number][] = [[0, Math.log(spec.def.start)]];
  calendar.forEach((date, t) => {
    const level = spec.levels[date];
    if (level !== undefined && t > 0) pins.push([t, Math.log(level)]);
  });
  for (let p = 1; p < pins.length; p += 1) {
    const [a, la] = pins[p - 1] as [number, number];
    const [b, lb] = pins[p] as [number, number];
    let sum = 0;
    const free: number[] = [];
    for (let t = a + 1; t <= b; t += 1) {
      sum += logR[t] as number;
      if (!isFixed[t]) free.push(t);
    }
    if (free.length === 0) throw new Error(`${spec.def.code}: no free day between ${calendar[a]} and ${calendar[b]}`);
    const share = (lb - la - sum) / free.length;
    for (const t of free) logR[t] = (logR[t] as number) + share;
  }
  const milli: number[] = [];
  let log = Math.log(spec.def.start);
  for (let t = 0; t < n; t += 1) {
    if (t > 0) log += logR[t] as number;
    const date = calendar[t] as string;
    milli.push(spec.levels[date] !== undefined ? Math.round((spec.levels[date] as number) * 1000) : Math.round(Math.exp(log) * 1000));
  }
  for (const c of spec.ceilings) {
    const cap = c.level !== undefined ? c.level * 1000 : (milli[calendar.indexOf(c.relative?.of ?? "")] as number) * (c.relative?.factor ?? 1);
    calendar.forEach((date, t) => {
      const m = milli[t] as number;
      if (date >= c.from && date <= c.to && m > cap) milli[t] = Math.round(cap - (m - cap) / 2);
    });
  }
  return milli;
}
