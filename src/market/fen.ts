/** Small exact helpers for integer-fen prices. */

/** close / prev − 1 as a fraction; 0 when prev is 0 (never a real price, but no NaN in facts). */
export function pctChange(close: number, prev: number): number {
  return prev === 0 ? 0 : (close - prev) / prev;
}

/** Fen as a yuan string for messages only ("1.27"); facts keep integer fen. */
export function fenText(fen: number): string {
  const sign = fen < 0 ? "-" : "";
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}
