/**
 * Sector and concept membership. Each ordinary stock is in at most one industry (881xxx.TI);
 * concepts overlap freely. Members are drawn with weights by board (a semiconductor index is
 * mostly STAR and ChiNext, banks are main board). The cast joins the sectors its story needs.
 * A stock's first sector is the one whose moves it follows: the solid-state battery concept
 * first, then any concept, then its industry.
 */
import {CAST, SOLID_STATE} from "./cast.ts";
import {SECTORS, type IndexDef} from "./indexCatalog.ts";
import type {Rng} from "./rng.ts";
import type {Stock} from "./stock.ts";

/** n items drawn without replacement with probability ∝ weight (Efraimidis–Spirakis keys). */
function weightedSample<T>(rng: Rng, items: readonly T[], weight: (t: T) => number, n: number): T[] {
  return items
    .map((item, i) => ({item, i, key: Math.pow(rng.float(), 1 / Math.max(weight(item), 1e-9))}))
    .sort((a, b) => b.key - a.key || a.i - b.i)
    .slice(0, n)
    .map((e) => e.item);
}

const order = new Map(SECTORS.map((d, i) => [d.code, d.code === SOLID_STATE ? -1 : d.kind === "concept" ? i : 100 + i]));

/** Fills every stock's `sectors`; returns index code → member codes, sorted. */
export function assignMembers(rng: Rng, stocks: readonly Stock[], sampleStart: string, scale: number): Map<string, string[]> {
  const byCode = new Map(stocks.map((s) => [s.code, s]));
  const members = new Map<string, Set<string>>(SECTORS.map((d) => [d.code, new Set<string>()]));
  for (const c of CAST) {
    for (const sector of c.sectors) members.get(sector)?.add(c.code);
    const s = byCode.get(c.code);
    if (s) s.sectors = [...c.sectors];
  }

  // Ordinary, listed before the sample, trading: new listings and long suspensions stay out.
  const pool = stocks.filter((s) => !s.cast && s.listDate < sampleStart && !s.alwaysSuspended);
  const inIndustry = new Set<string>();
  const weight = (d: IndexDef) => (s: Stock) => d.boards?.[s.board] ?? 1;
  for (const d of SECTORS) {
    const set = members.get(d.code) as Set<string>;
    const want = Math.max(20, Math.round(d.size * scale)) - set.size;
    const candidates = pool.filter((s) => d.kind !== "industry" || !inIndustry.has(s.code));
    for (const s of weightedSample(rng, candidates, weight(d), want)) {
      set.add(s.code);
      if (d.kind === "industry") inIndustry.add(s.code);
    }
  }

  const out = new Map<string, string[]>();
  for (const [code, set] of members) {
    const sorted = [...set].sort();
    out.set(code, sorted);
    for (const m of sorted) {
      const s = byCode.get(m);
      if (s && !s.cast) s.sectors.push(code);
    }
  }
  for (const s of stocks) {
    if (!s.cast) s.sectors.sort((a, b) => (order.get(a) as number) - (order.get(b) as number));
  }
  return out;
}
