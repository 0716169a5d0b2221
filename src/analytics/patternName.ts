/** The candlestick patterns we detect on index bars, by TA-Lib's definitions (see candlePatterns.ts). */
export type PatternName = "doji" | "spinningTop" | "bullishEngulfing" | "bearishEngulfing" | "hammer";
