/**
 * Limit prices in integer fen. Computed as integers because binary floating point gets
 * half-up rounding wrong: 1.15 × 1.1 = 1.2649999… in floats, but the exchange's limit is 1.27.
 */

/** Previous close × (1 + pct/100), rounded half up to a whole fen; one tick above the close if that rounds back to it. */
export function limitUpFen(prevCloseFen: number, upPct: number): number {
  const fen = Math.floor((prevCloseFen * (100 + upPct) + 50) / 100);
  return fen === prevCloseFen ? prevCloseFen + 1 : fen;
}

/** Previous close × (1 − pct/100), rounded half up to a whole fen; one tick below the close if that rounds back to it. */
export function limitDownFen(prevCloseFen: number, downPct: number): number {
  const fen = Math.floor((prevCloseFen * (100 - downPct) + 50) / 100);
  return fen === prevCloseFen ? Math.max(prevCloseFen - 1, 0) : fen;
}
