import type {SpotFormat} from "./spotFormat.ts";
import {vendorShares} from "./vendorFields.ts";

/**
 * AKShare `stock_zh_a_spot()` (Sina): [unnamed pandas index,] 代码 with the exchange in front
 * (sh600000, sz000001, bj920000), 名称, 最新价, 涨跌额, 涨跌幅, 买入, 卖出, 昨收, 今开, 最高, 最低,
 * 成交量 in shares (not lots), 成交额 in yuan[, 时间戳 in newer versions].
 */
export const SINA: SpotFormat = {
  fn: "stock_zh_a_spot",
  source: "AKShare (Sina Finance)",
  code(text) {
    const m = /^(sh|sz|bj)(\d{6})$/i.exec(text);
    if (!m) return {problem: `代码 "${text}" is not a stock code: expected sh, sz or bj and six digits`};
    return {code: `${m[2]}.${(m[1] as string).toUpperCase()}`};
  },
  volume: vendorShares,
};
