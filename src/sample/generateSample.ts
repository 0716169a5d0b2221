/**
 * The whole sample market from a seed: calendar, factors, index paths, the stock universe
 * and its sectors, the security master (names as traded on each date), then every sample day
 * in order, each turned into its folder's files. Returns file path (relative to data/) → bytes;
 * writes nothing.
 */
import {masterFiles} from "../import/masterFiles.ts";
import {nameOn} from "../market/securityMaster.ts";
import {sessionsBetween} from "../market/calendar.ts";
import {SAMPLE_DAYS, SAMPLE_END, SAMPLE_START} from "./dayPlan.ts";
import {ALL_INDICES} from "./indexCatalog.ts";
import {buildIndexModel} from "./indexModel.ts";
import {marketFactors} from "./marketFactors.ts";
import {assignMembers} from "./membership.ts";
import {createRng} from "./rng.ts";
import {sampleMaster} from "./sampleMaster.ts";
import {simulateDay, type DayQuote, type StockState} from "./simulateDay.ts";
import {INDEX_SCRIPT, STOCK_SCRIPT} from "./stories.ts";
import {buildUniverse} from "./universe.ts";
import {indexHistoryCsv, indicesCsv, membersCsv, metaJson, stocksCsv} from "./writers.ts";

export const DEFAULT_SEED = 20250624;
export const HISTORY_START = "2023-01-03";

export interface SampleOptions {
  seed: number;
  /** 1 = full market (about 5,400 stocks); the stories' exact counts hold only at full scale. */
  scale: number;
}

export type SampleFiles = Map<string, string | Uint8Array>;

/** Turnover of the two exchange-wide indices: the sum over their exchange's stocks. */
function indexAmounts(quotes: readonly DayQuote[]): Map<string, number> {
  const sum = (suffix: string) => quotes.filter((q) => q.stock.code.endsWith(suffix)).reduce((s, q) => s + q.amountYuan, 0);
  return new Map([["000001.SH", sum(".SH")], ["399001.SZ", sum(".SZ")]]);
}

export function generateSample({seed, scale}: SampleOptions): SampleFiles {
  const last = SAMPLE_DAYS[SAMPLE_DAYS.length - 1];
  const calendar = sessionsBetween(HISTORY_START, last?.date ?? SAMPLE_START);
  const factors = marketFactors(createRng(seed, "market"), calendar, SAMPLE_DAYS);
  const model = buildIndexModel(seed, calendar, factors, INDEX_SCRIPT);
  const stocks = buildUniverse(createRng(seed, "universe"), {scale, calendar, listedBy: "2025-04-30"});
  const members = assignMembers(createRng(seed, "members"), stocks, SAMPLE_START, scale);
  const master = sampleMaster(stocks, createRng(seed, "master"), {calendar, sampleStart: SAMPLE_START, asOf: SAMPLE_END});

  const states = new Map<string, StockState>(stocks.map((s) => [s.code, {prevFen: s.startFen, streak: 0, closes: new Map()}]));
  const capped = new Map<string, (typeof STOCK_SCRIPT.caps)[number]>();
  for (const cap of STOCK_SCRIPT.caps) {
    for (const code of members.get(cap.index) ?? []) if (!stocks.find((s) => s.code === code)?.cast) capped.set(code, cap);
  }

  const files: SampleFiles = new Map();
  const sampleDates = SAMPLE_DAYS.map((p) => p.date);
  SAMPLE_DAYS.forEach((plan, i) => {
    const t = calendar.indexOf(plan.date);
    const quotes = simulateDay({
      plan, calendar, later: sampleDates.slice(i + 1), stocks, states, capped, scale,
      sectorMove: (code) => model.sectorMoves.get(code)?.[t] ?? 0,
      script: STOCK_SCRIPT,
      rng: createRng(seed, `day:${plan.date}`),
    });
    const dir = plan.date;
    files.set(`${dir}/meta.json`, metaJson(plan.date, plan.session, seed));
    const tradedName = (code: string) => {
      const name = nameOn(master, code, plan.date);
      if (name === null) throw new Error(`${code} has no name on ${plan.date}`);
      return name;
    };
    files.set(`${dir}/stocks.csv.gz`, stocksCsv(quotes, plan.vendorLimits, tradedName));
    files.set(`${dir}/indices.csv`, indicesCsv(ALL_INDICES, (code) => model.bars.get(code)?.[t] as NonNullable<ReturnType<typeof model.bars.get>>[number], indexAmounts(quotes)));
    files.set(`${dir}/members.csv`, membersCsv(members, new Set(quotes.map((q) => q.stock.code))));
  });
  const lastClose = SAMPLE_DAYS.filter((p) => p.session === "close").at(-1)?.date ?? SAMPLE_START;
  files.set("index-history.csv.gz", indexHistoryCsv(model.bars, lastClose));
  for (const [name, text] of Object.entries(masterFiles(master))) files.set(name, text);
  return files;
}
