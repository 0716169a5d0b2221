/**
 * The mood of each sample day: the market factor, the ChiNext and STAR board factors (all as
 * fractions), and how many headline limit-ups, broken boards and limit-downs the day has.
 * Loosely the tape of late May and June 2025: choppy, a sharp fall on 06-17, a rebound led by
 * growth on 06-18, a strong close to the window on 06-24. The last row is a midday session.
 */

export interface DayPlan {
  date: string;
  session: "close" | "midday";
  market: number;
  chinext: number;
  star: number;
  limitUp: number;
  broken: number;
  limitDown: number;
  /** Vendor limit prices (up_limit / down_limit) are written on this day. */
  vendorLimits: boolean;
}

type Row = [date: string, market: number, chinext: number, star: number, limitUp: number, broken: number, limitDown: number];

const ROWS: readonly Row[] = [
  ["2025-05-19", 0.0, 0.2, -0.1, 58, 18, 6],
  ["2025-05-20", 0.4, 0.3, 0.2, 66, 20, 4],
  ["2025-05-21", 0.2, -0.3, 0.1, 61, 22, 5],
  ["2025-05-22", -0.3, -0.2, -0.4, 45, 19, 9],
  ["2025-05-23", -0.9, -0.5, -0.6, 28, 15, 22],
  ["2025-05-26", -0.1, -0.3, 0.0, 48, 17, 8],
  ["2025-05-27", -0.2, 0.1, 0.2, 52, 16, 7],
  ["2025-05-28", -0.1, -0.1, -0.1, 47, 18, 6],
  ["2025-05-29", 0.8, 0.7, 0.5, 86, 24, 3],
  ["2025-05-30", -0.5, -0.3, -0.2, 41, 17, 12],
  ["2025-06-03", 0.4, 0.3, 0.2, 63, 20, 5],
  ["2025-06-04", 0.5, 0.6, 0.4, 70, 21, 4],
  ["2025-06-05", 0.2, 0.2, 0.3, 60, 19, 5],
  ["2025-06-06", 0.1, 0.0, 0.1, 55, 18, 6],
  ["2025-06-09", 0.4, 0.4, 0.3, 67, 22, 4],
  ["2025-06-10", -0.5, -0.3, -0.4, 39, 16, 11],
  ["2025-06-11", 0.5, 0.4, 0.6, 72, 21, 4],
  ["2025-06-12", 0.0, 0.1, 0.0, 54, 18, 6],
  ["2025-06-13", -0.8, -0.3, -0.3, 33, 14, 18],
  ["2025-06-16", 0.3, -0.5, 0.1, 51, 17, 7],
  ["2025-06-17", -1.3, -1.2, -0.8, 24, 12, 38],
  ["2025-06-18", 0.0, 1.2, 0.4, 40, 11, 8],
  ["2025-06-19", -1.0, -0.8, -0.6, 30, 15, 25],
  ["2025-06-20", 0.1, 0.0, 0.2, 58, 19, 6],
  ["2025-06-23", 0.7, 0.5, 0.4, 82, 23, 3],
  ["2025-06-24", 1.2, 1.0, 0.8, 112, 27, 2],
  ["2025-06-25", 0.5, 0.3, 0.4, 48, 14, 2],
];

/** Vendor limit prices are published on the last five close sessions only, so both paths are exercised. */
const VENDOR_FROM = "2025-06-18";

export const SAMPLE_DAYS: readonly DayPlan[] = ROWS.map(([date, market, chinext, star, limitUp, broken, limitDown], i) => {
  const session = i === ROWS.length - 1 ? "midday" : "close";
  return {
    date,
    session,
    market: market / 100,
    chinext: chinext / 100,
    star: star / 100,
    limitUp,
    broken,
    limitDown,
    vendorLimits: session === "close" && date >= VENDOR_FROM,
  };
});

export const SAMPLE_START = (SAMPLE_DAYS[0] as DayPlan).date;
export const SAMPLE_END = (SAMPLE_DAYS[SAMPLE_DAYS.length - 1] as DayPlan).date;
