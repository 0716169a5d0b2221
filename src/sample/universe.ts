/**
 * The listed stocks: codes on every board in realistic proportions (about 3,200 main board,
 * 1,350 ChiNext, 580 STAR, 270 Beijing at full scale), invented Chinese and English names, listing dates, ST
 * status (about 150 ST, a handful unknown so that fail-closed counting is exercised), float
 * shares, typical turnover, and the starting price. The cast (cast.ts) keeps its real codes.
 */
import {boardOf, type Board} from "../market/board.ts";
import {CAST, NEW_LISTINGS} from "./cast.ts";
import {AWKWARD_NAMES, CJK_NAMES, inventName, type StockName} from "./names.ts";
import type {Rng} from "./rng.ts";
import type {Stock} from "./stock.ts";

interface Bucket {
  prefix: string;
  suffix: "SH" | "SZ" | "BJ";
  /** Codes drawn from prefix + [lo, hi]. */
  lo: number;
  hi: number;
  count: number;
  /** Years the bucket's stocks listed in. */
  years: [number, number];
}

const BUCKETS: readonly Bucket[] = [
  {prefix: "600", suffix: "SH", lo: 0, hi: 999, count: 880, years: [1991, 2010]},
  {prefix: "601", suffix: "SH", lo: 0, hi: 999, count: 240, years: [2000, 2018]},
  {prefix: "603", suffix: "SH", lo: 0, hi: 999, count: 480, years: [2011, 2022]},
  {prefix: "605", suffix: "SH", lo: 0, hi: 599, count: 90, years: [2020, 2023]},
  {prefix: "000", suffix: "SZ", lo: 1, hi: 999, count: 450, years: [1991, 2008]},
  {prefix: "001", suffix: "SZ", lo: 200, hi: 399, count: 80, years: [2021, 2024]},
  {prefix: "002", suffix: "SZ", lo: 1, hi: 999, count: 920, years: [2004, 2017]},
  {prefix: "003", suffix: "SZ", lo: 0, hi: 99, count: 60, years: [2020, 2022]},
  {prefix: "300", suffix: "SZ", lo: 1, hi: 999, count: 990, years: [2009, 2020]},
  {prefix: "301", suffix: "SZ", lo: 1, hi: 699, count: 360, years: [2020, 2024]},
  {prefix: "688", suffix: "SH", lo: 1, hi: 799, count: 575, years: [2019, 2024]},
  {prefix: "689", suffix: "SH", lo: 1, hi: 50, count: 5, years: [2020, 2022]},
  {prefix: "920", suffix: "BJ", lo: 0, hi: 999, count: 270, years: [2021, 2025]},
];

const ST_COUNTS: Record<Board, number> = {main: 128, chinext: 15, star: 7, bse: 0};

export interface UniverseOptions {
  /** 1 = full size (about 5,400 stocks); smaller for quick tests. */
  scale: number;
  /** Trading days 2023-01-03 … (listing dates after 2023 are picked from them). */
  calendar: readonly string[];
  /** Last listing date for stocks listed before the sample window. */
  listedBy: string;
}

/** A listing date in [year0, year1]: a weekday before 2023, a trading day from 2023 on. */
function listDate(rng: Rng, [y0, y1]: [number, number], {calendar, listedBy}: UniverseOptions): string {
  const year = rng.int(y0, y1);
  if (year >= 2023) {
    const days = calendar.filter((d) => d.startsWith(String(year)) && d <= listedBy);
    return rng.pick(days);
  }
  const month = String(rng.int(1, 12)).padStart(2, "0");
  const day = String(rng.int(1, 28)).padStart(2, "0");
  const date = `${year}-${month}-${day}`;
  const wd = new Date(`${date}T00:00:00Z`).getUTCDay();
  return wd === 0 || wd === 6 ? `${year}-${month}-${String(Number(day) > 2 ? Number(day) - 2 : Number(day) + 2).padStart(2, "0")}` : date;
}

export function buildUniverse(rng: Rng, options: UniverseOptions): Stock[] {
  const fixed = new Map<string, {name?: StockName; listDate?: string; price?: number; cast: boolean}>();
  for (const c of CAST) fixed.set(c.code, {name: {zh: c.name, en: c.nameEn}, ...(c.listDate ? {listDate: c.listDate} : {}), price: c.price, cast: true});
  for (const l of NEW_LISTINGS) fixed.set(l.code, {listDate: l.listDate, cast: false});
  const fixedNames = [...CAST.map((c) => ({zh: c.name, en: c.nameEn})), ...CJK_NAMES, ...AWKWARD_NAMES];
  const takenEn = new Set(fixedNames.map((n) => n.en));
  const takenZh = new Set(fixedNames.map((n) => n.zh));

  const stocks: Stock[] = [];
  for (const b of BUCKETS) {
    const own = [...fixed.keys()].filter((code) => code.startsWith(b.prefix) && code.endsWith(b.suffix));
    const want = Math.max(own.length, Math.round(b.count * options.scale));
    const codes = new Set(own);
    while (codes.size < want) codes.add(`${b.prefix}${String(rng.int(b.lo, b.hi)).padStart(3, "0")}.${b.suffix}`);
    for (const code of [...codes].sort()) {
      const f = fixed.get(code);
      const board = boardOf(code) as Board;
      const young = board === "chinext" || board === "star";
      const drawnFen = Math.round(Math.exp(rng.normal() * 0.75) * (young ? 2600 : 1150) + 180);
      const name = f?.name ?? inventName(rng, takenEn, takenZh);
      stocks.push({
        code,
        name: name.zh,
        nameEn: name.en,
        board,
        isSt: false,
        riskWarning: null,
        stKnown: true,
        listDate: f?.listDate ?? listDate(rng, b.years, options),
        cast: f?.cast ?? false,
        startFen: f?.price === undefined ? drawnFen : Math.round(f.price * 100),
        floatShares: Math.round(Math.exp(rng.uniform(Math.log(board === "bse" ? 2e7 : 6e7), Math.log(board === "bse" ? 3e8 : 3e9))) / 100) * 100,
        turnover: Math.exp(rng.uniform(Math.log(0.004), Math.log(board === "main" ? 0.03 : 0.05))),
        beta: rng.uniform(0.7, 1.3),
        sigma: {main: 0.019, chinext: 0.027, star: 0.026, bse: 0.032}[board] * rng.uniform(0.7, 1.3),
        sectors: [],
        alwaysSuspended: false,
      });
    }
  }
  markSpecial(rng, stocks);
  return stocks;
}

/** ST stocks, unknown ST status, long suspensions, and the fixed and awkward names, all among ordinary older stocks. */
function markSpecial(rng: Rng, stocks: Stock[]): void {
  const ordinary = rng.shuffle(stocks.filter((s) => !s.cast && s.listDate < "2021-01-01"));
  const scale = Math.max(0.1, stocks.length / 5400);
  for (const board of ["main", "chinext", "star"] as const) {
    const pool = ordinary.filter((s) => s.board === board);
    for (const s of pool.slice(0, Math.min(pool.length, Math.round(ST_COUNTS[board] * scale)))) {
      s.isSt = true;
      s.riskWarning = rng.chance(0.4) ? "*ST" : "ST";
      s.sigma *= 0.9;
    }
  }
  const plain = ordinary.filter((s) => !s.isSt).values();
  const next = () => plain.next().value as Stock;
  for (let k = 0; k < 5; k += 1) next().stKnown = false;
  for (let k = 0; k < 6; k += 1) next().alwaysSuspended = true;
  for (const name of [...CJK_NAMES, ...AWKWARD_NAMES]) Object.assign(next(), {name: name.zh, nameEn: name.en});
}
