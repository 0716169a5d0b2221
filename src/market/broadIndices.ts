/**
 * The broad indices every brief covers, in the order a brief lists them, with the names we
 * print in each language (vendor index files carry codes only, or names in one language).
 * 399006.SZ is the ChiNext Index (创业板指); the ChiNext *board* is a different thing (see board.ts).
 */
export interface BroadIndex {
  code: string;
  name: string;
  nameZh: string;
}

export const BROAD_INDICES: readonly BroadIndex[] = [
  {code: "000001.SH", name: "SSE Composite", nameZh: "上证指数"},
  {code: "399001.SZ", name: "SZSE Component", nameZh: "深证成指"},
  {code: "399006.SZ", name: "ChiNext Index", nameZh: "创业板指"},
  {code: "000688.SH", name: "STAR 50", nameZh: "科创50"},
  {code: "000300.SH", name: "CSI 300", nameZh: "沪深300"},
];

/** The SSE Composite: the market's reference index (000001.SZ is Ping An Bank, a stock). */
export const COMPOSITE = "000001.SH";
export const SZSE_COMPONENT = "399001.SZ";
export const CHINEXT_INDEX = "399006.SZ";

/** The catalogue entry for `code`, or undefined when it is not one of the broad indices. */
export const broadIndex = (code: string): BroadIndex | undefined => BROAD_INDICES.find((b) => b.code === code);

/** Position in the catalogue's order; indices outside it sort after (then by code, at the caller). */
export function broadRank(code: string): number {
  const i = BROAD_INDICES.findIndex((b) => b.code === code);
  return i < 0 ? BROAD_INDICES.length : i;
}
