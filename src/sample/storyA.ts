/**
 * Story A, after "theme-feature-solid-state-batteries": on 2025-06-24 the solid-state battery
 * index (886032.TI) rises 4.45% to 1009.808, its 16th straight up day since the first session
 * of June (+14.05% over the streak, from 885.408 on 05-30) and its first close above 1,000 in
 * two years (the last was 2023-06-20). Xiangtan Electrochemical closes limit-up for the 4th
 * day running (06-19, 06-20, 06-23, 06-24, not 06-18) and opens at the limit on 06-25.
 * Month-to-date leaders: Keheng +113.65%, Nord +87.95%, Haike Xinyuan +73.83%, Xinyuren
 * +73.40%, Taihe Technology +64.58%; ordinary members are held under +45%.
 */
import {SOLID_STATE} from "./cast.ts";
import type {IndexScript, StockScript} from "./script.ts";

const BASE = 885.408; // 2025-05-30
const CLOSE = 1009.808; // 2025-06-24: 1009.808 / 885.408 − 1 = 14.05%
const EVE = 966.786; // 2025-06-23: 1009.808 / 966.786 − 1 = 4.45%

/** 06-03 … 06-23: fifteen up days, relative sizes; scaled so that they compound to EVE / BASE. */
const JUNE: readonly [string, number][] = [
  ["2025-06-03", 0.9], ["2025-06-04", 0.5], ["2025-06-05", 0.7], ["2025-06-06", 0.3], ["2025-06-09", 0.8],
  ["2025-06-10", 0.2], ["2025-06-11", 0.6], ["2025-06-12", 0.4], ["2025-06-13", 0.25], ["2025-06-16", 0.5],
  ["2025-06-17", 0.15], ["2025-06-18", 0.6], ["2025-06-19", 0.35], ["2025-06-20", 0.7], ["2025-06-23", 0.55],
];

function juneLevels(): Record<string, number> {
  const total = JUNE.reduce((s, [, w]) => s + w, 0);
  const k = Math.log(EVE / BASE) / total;
  const out: Record<string, number> = {};
  let level = BASE;
  for (const [date, w] of JUNE) {
    level *= Math.exp(k * w);
    out[date] = Math.round(level * 1000) / 1000;
  }
  out["2025-06-23"] = EVE;
  return out;
}

export const STORY_A_INDEX: Partial<IndexScript> = {
  levels: {
    [SOLID_STATE]: {
      "2023-04-18": 1262.0,
      "2023-06-20": 1006.5,
      "2024-02-05": 640.0,
      "2024-10-08": 905.0,
      "2025-05-16": 872.0,
      "2025-05-29": 890.932, // 05-30 is a down day, so the streak starts on 06-03
      "2025-05-30": BASE,
      ...juneLevels(),
      "2025-06-24": CLOSE,
      "2025-06-25": 1016.271, // midday: +0.64%
    },
  },
  ceilings: [{code: SOLID_STATE, from: "2023-06-21", to: "2025-06-23", level: 985}],
  shapes: {[SOLID_STATE]: {"2025-06-24": {open: 0.008, high: 0.0445, low: 0.005}}},
};

const LU = {kind: "limitUp"} as const;

export const STORY_A_STOCKS: Partial<StockScript> = {
  events: {
    "2025-06-04": {"300801.SZ": LU},
    "2025-06-05": {"600110.SH": LU},
    "2025-06-06": {"600110.SH": LU},
    "2025-06-09": {"300340.SZ": LU},
    "2025-06-10": {"300340.SZ": LU},
    "2025-06-11": {"301292.SZ": LU},
    "2025-06-18": {"002125.SZ": {kind: "pct", pct: 0.021}},
    "2025-06-19": {"002125.SZ": LU, "688573.SH": LU},
    "2025-06-20": {"002125.SZ": LU, "600110.SH": LU},
    "2025-06-23": {"002125.SZ": LU},
    "2025-06-24": {
      "301349.SZ": LU, "688499.SH": LU, "300801.SZ": LU, "688353.SH": LU,
      "688707.SH": {kind: "pct", pct: 0.126}, "688638.SH": {kind: "pct", pct: 0.134},
      "002263.SZ": LU, "600110.SH": LU, "603212.SH": LU, "002074.SZ": LU, "002125.SZ": LU, "603800.SH": LU,
    },
    "2025-06-25": {"002125.SZ": {kind: "limitUp", onePrice: true}},
  },
  monthTargets: Object.fromEntries(
    (
      [
        ["300340.SZ", 2.1365], ["600110.SH", 1.8795], ["301292.SZ", 1.7383], ["688573.SH", 1.734], ["300801.SZ", 1.6458],
        ["002125.SZ", 1.5283], ["301349.SZ", 1.38], ["688499.SH", 1.31], ["688353.SH", 1.42], ["688707.SH", 1.27],
        ["688638.SH", 1.22], ["002263.SZ", 1.25], ["603212.SH", 1.19], ["002074.SZ", 1.33], ["603800.SH", 1.21],
      ] as const
    ).map(([code, ratio]) => [code, {baseDate: "2025-05-30", date: "2025-06-24", ratio}]),
  ),
  caps: [{index: SOLID_STATE, baseDate: "2025-05-30", to: "2025-06-24", ratio: 1.45}],
};
