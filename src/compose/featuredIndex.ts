import type {IndexFacts} from "../analytics/types.ts";

/**
 * The broad index whose candlesticks the market overview charts, the same in both editions (the
 * chart ids are shared): the first, in the catalogue's order, with a candlestick pattern today;
 * else the first (the SSE Composite).
 */
export const featuredIndex = (broad: readonly IndexFacts[]): IndexFacts | undefined => broad.find((i) => i.patterns.length > 0) ?? broad[0];
