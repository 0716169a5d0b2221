/**
 * Story B, after "daily-close-chinext-rebound", on Wednesday 2025-06-18. The ChiNext Index
 * falls on 06-13, 06-16 and 06-17 (−2.52%, a black spinning top: body 17% of the range, both
 * shadows longer than the body), then rises 3.23% with a bullish engulfing body and closes
 * above its 06-16 close. Lithium Battery leads the sectors to a high over the whole history;
 * salt-lake lithium, CRO, rare earth magnets (4th up day), rare earth and phosphorus follow;
 * HarmonyOS, coal, digital currency, agriculture and oil lag. Headline counts: 40 limit-ups,
 * 11 broken boards, 83 stocks up more than 9% (21 on ChiNext), 4 consecutive limit-ups on
 * four boards; advancers and decliners balance.
 */
import {LITHIUM} from "./cast.ts";
import type {IndexScript, StockScript} from "./script.ts";

const DAY = "2025-06-18";
const CHINEXT = "399006.SZ";

export const STORY_B_INDEX: Partial<IndexScript> = {
  returns: {
    [CHINEXT]: {"2025-06-12": 0.006, "2025-06-13": -0.0113, "2025-06-16": -0.0036, "2025-06-17": -0.0252, [DAY]: 0.0323},
    [LITHIUM]: {"2025-06-16": 0.005, "2025-06-17": -0.019, [DAY]: 0.048},
    "885720.TI": {"2025-06-12": -0.007, "2025-06-13": 0.009, "2025-06-16": 0.006, "2025-06-17": 0.004, [DAY]: 0.033},
    "885740.TI": {[DAY]: 0.042},
    "885750.TI": {[DAY]: 0.039},
    "885730.TI": {[DAY]: 0.03},
    "885760.TI": {[DAY]: 0.029},
    "885770.TI": {[DAY]: -0.024},
    "881101.TI": {[DAY]: -0.021},
    "885780.TI": {[DAY]: -0.019},
    "881107.TI": {[DAY]: -0.018},
    "881102.TI": {[DAY]: -0.016},
  },
  levels: {[LITHIUM]: {"2024-02-05": 1450, "2024-10-08": 2120, "2025-05-16": 2180}},
  ceilings: [{code: LITHIUM, from: "2023-01-03", to: "2025-06-17", relative: {of: DAY, factor: 0.985}}],
  shapes: {
    // Range 3.1% of the previous close; body 0.527% (17% of it); upper shadow 1.395%, lower 1.178%.
    [CHINEXT]: {"2025-06-17": {open: -0.01993, high: -0.00598, low: -0.03698}, [DAY]: {open: -0.0025, high: 0.0342, low: -0.0061}},
  },
  sectorClamp: {[DAY]: [-0.012, 0.024]},
};

const LU = {kind: "limitUp"} as const;
const CONSECUTIVE = ["603798.SH", "002442.SZ", "301626.SZ", "688793.SH"];

export const STORY_B_STOCKS: Partial<StockScript> = {
  events: {
    "2025-06-16": {"002442.SZ": LU},
    "2025-06-17": Object.fromEntries(CONSECUTIVE.map((c) => [c, LU])),
    [DAY]: {
      ...Object.fromEntries(CONSECUTIVE.map((c) => [c, LU])),
      "688005.SH": LU, "600884.SH": LU, "002074.SZ": LU, "002240.SZ": LU,
      "300955.SZ": {kind: "pct", pct: 0.1724},
    },
  },
  days: {[DAY]: {continuers: CONSECUTIVE, balanceBreadth: true, upOver9: {chinext: 21, other: 62}}},
};
