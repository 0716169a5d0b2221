/**
 * Candlestick patterns with TA-Lib's semantics and default candle settings (ta_global.c).
 * Thresholds are relative to the average of the previous bars, never a fixed % of price:
 *
 * | setting         | range of          | average over     | factor |
 * | --------------- | ----------------- | ---------------- | ------ |
 * | BodyShort       | real body         | previous 10 bars | 1.0    |
 * | BodyDoji        | high − low        | previous 10 bars | 0.1    |
 * | ShadowLong      | real body         | this bar only    | 1.0    |
 * | ShadowVeryShort | high − low        | previous 10 bars | 0.1    |
 * | Near            | high − low        | previous 5 bars  | 0.2    |
 *
 * (TA-Lib's other defaults, unused here: BodyLong 10×1.0, BodyVeryLong 10×3.0 on real body;
 * ShadowVeryLong 0×2.0 on real body; ShadowShort 10×1.0 on shadows ÷ 2; Far 5×0.6 and
 * Equal 5×0.05 on high − low.) A pattern is only looked for once the bar has TA-Lib's
 * lookback of earlier bars: 10 for doji and spinning top, 2 for engulfing, 11 for hammer.
 */
import type {Bar} from "./indexSeries.ts";
import type {PatternName} from "./patternName.ts";

const realBody = (b: Bar) => Math.abs(b.close - b.open);
const highLow = (b: Bar) => b.high - b.low;
const upperShadow = (b: Bar) => b.high - Math.max(b.open, b.close);
const lowerShadow = (b: Bar) => Math.min(b.open, b.close) - b.low;
/** TA-Lib's candle colour: white (1) when close ≥ open, else black (−1). */
const color = (b: Bar) => (b.close >= b.open ? 1 : -1);

/** factor × mean of range over bars [i − period, i − 1], as TA_CANDLEAVERAGE with a period. */
function average(bars: readonly Bar[], i: number, range: (b: Bar) => number, period: number, factor: number): number {
  let sum = 0;
  for (let k = i - period; k < i; k += 1) sum += range(bars[k] as Bar);
  return (factor * sum) / period;
}

const bodyShort = (bars: readonly Bar[], i: number) => average(bars, i, realBody, 10, 1.0);
const bodyDoji = (bars: readonly Bar[], i: number) => average(bars, i, highLow, 10, 0.1);
const shadowVeryShort = (bars: readonly Bar[], i: number) => average(bars, i, highLow, 10, 0.1);
const near = (bars: readonly Bar[], i: number) => average(bars, i, highLow, 5, 0.2);

/** CDLDOJI: real body ≤ 10% of the average high−low range of the previous 10 bars. */
export function doji(bars: readonly Bar[], i: number): number {
  if (i < 10) return 0;
  return realBody(bars[i] as Bar) <= bodyDoji(bars, i) ? 100 : 0;
}

/** CDLSPINNINGTOP: body shorter than the average body of the previous 10 bars, both shadows longer than the body; signed by colour. */
export function spinningTop(bars: readonly Bar[], i: number): number {
  if (i < 10) return 0;
  const b = bars[i] as Bar;
  const body = realBody(b);
  return body < bodyShort(bars, i) && upperShadow(b) > body && lowerShadow(b) > body ? color(b) * 100 : 0;
}

/**
 * CDLENGULFING (TA-Lib 0.6 semantics): opposite colours, and today's real body covers
 * yesterday's with at most one end equal. ±100 when both ends strictly engulf, ±80 when
 * today's open equals yesterday's close or today's close equals yesterday's open.
 */
export function engulfing(bars: readonly Bar[], i: number): number {
  if (i < 2) return 0;
  const b = bars[i] as Bar;
  const p = bars[i - 1] as Bar;
  const whiteEngulfsBlack =
    color(b) === 1 &&
    color(p) === -1 &&
    ((b.close >= p.open && b.open < p.close) || (b.close > p.open && b.open <= p.close));
  const blackEngulfsWhite =
    color(b) === -1 &&
    color(p) === 1 &&
    ((b.open >= p.close && b.close < p.open) || (b.open > p.close && b.close <= p.open));
  if (!whiteEngulfsBlack && !blackEngulfsWhite) return 0;
  return color(b) * (b.open !== p.close && b.close !== p.open ? 100 : 80);
}

/**
 * CDLHAMMER: small body (< BodyShort average), lower shadow longer than the body
 * (ShadowLong, this bar only), upper shadow < ShadowVeryShort average, and the body's
 * bottom at or below the previous bar's low plus the Near average (taken at the previous bar).
 */
export function hammer(bars: readonly Bar[], i: number): number {
  if (i < 11) return 0;
  const b = bars[i] as Bar;
  const p = bars[i - 1] as Bar;
  const body = realBody(b);
  return body < bodyShort(bars, i) &&
    lowerShadow(b) > body &&
    upperShadow(b) < shadowVeryShort(bars, i) &&
    Math.min(b.open, b.close) <= near(bars, i - 1) + p.low
    ? 100
    : 0;
}

/** Every pattern completing on bar i, in a fixed order, with TA-Lib's output value as strength. */
export function candlePatterns(bars: readonly Bar[], i: number): {name: PatternName; strength: number}[] {
  const out: {name: PatternName; strength: number}[] = [];
  if (i < 0 || i >= bars.length) return out;
  const d = doji(bars, i);
  if (d !== 0) out.push({name: "doji", strength: d});
  const s = spinningTop(bars, i);
  if (s !== 0) out.push({name: "spinningTop", strength: s});
  const e = engulfing(bars, i);
  if (e !== 0) out.push({name: e > 0 ? "bullishEngulfing" : "bearishEngulfing", strength: e});
  const h = hammer(bars, i);
  if (h !== 0) out.push({name: "hammer", strength: h});
  return out;
}
