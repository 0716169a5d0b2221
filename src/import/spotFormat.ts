import type {FieldParser} from "../snapshot/fields.ts";
import type {CsvColumns} from "../snapshot/readCsv.ts";

/**
 * What differs between AKShare's two A-share spot tables (East Money `stock_zh_a_spot_em`,
 * Sina `stock_zh_a_spot`): how a code names its exchange, the unit of 成交量, the attribution.
 * The columns we read have the same names in both.
 */
export interface SpotFormat {
  /** The AKShare function that writes it, for messages. */
  fn: string;
  /** meta.json's source line. */
  source: string;
  /** The vendor's code → ours with its exchange suffix ("600000.SH"), or what is wrong with it. */
  code(text: string): {code: string} | {problem: string};
  /** 成交量 → shares. */
  volume: FieldParser<number>;
}

export const SPOT = {
  code: "代码",
  name: "名称",
  close: "最新价",
  volume: "成交量",
  amount: "成交额",
  high: "最高",
  low: "最低",
  open: "今开",
  prevClose: "昨收",
} as const;

/** Both tables carry these (and more, ignored: 涨跌幅, 换手率, Sina's unnamed index column and 时间戳 …). */
export const SPOT_COLUMNS: CsvColumns = {
  required: [SPOT.code, SPOT.name, SPOT.close, SPOT.volume, SPOT.amount, SPOT.high, SPOT.low, SPOT.open, SPOT.prevClose],
  noRows: "no stock rows: expected one row per stock",
  ignoreUnknown: true,
};

/** Only Sina's table has bid and ask (买入, 卖出); East Money's has 量比, 换手率 and a 序号 instead. */
export const isSinaHeader = (header: readonly string[]): boolean => header.includes("买入") && header.includes("卖出");
