import type {SpotFormat} from "./spotFormat.ts";
import {lotsToShares} from "./vendorFields.ts";

/** Exchange by the code's first digit: 6 Shanghai, 0/3 Shenzhen, 4/8/9 Beijing (920xxx and the older 43x/83x/87x). */
const EXCHANGE: Readonly<Record<string, string>> = {6: "SH", 0: "SZ", 3: "SZ", 4: "BJ", 8: "BJ", 9: "BJ"};

/**
 * AKShare `stock_zh_a_spot_em()` (East Money): 序号, 代码 (six digits, no exchange), 名称, 最新价,
 * …, 成交量 in lots (手, 100 shares), 成交额 in yuan, 最高, 最低, 今开, 昨收, …
 */
export const EAST_MONEY: SpotFormat = {
  fn: "stock_zh_a_spot_em",
  source: "AKShare (East Money)",
  code(text) {
    // Spreadsheets drop leading zeros: "1" is 000001.
    const digits = text.padStart(6, "0");
    const exchange = /^\d{6}$/.test(digits) ? EXCHANGE[digits[0] as string] : undefined;
    if (exchange === undefined) return {problem: `代码 "${text}" is not a stock code: expected six digits starting 0, 3, 4, 6, 8 or 9`};
    return {code: `${digits}.${exchange}`};
  },
  volume: lotsToShares,
};
