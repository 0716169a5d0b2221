/** One listed stock of the sample market, as the generator knows it (the truth behind the files). */
import type {Board} from "../market/board.ts";
import type {RiskWarning} from "../market/nameMarks.ts";

export interface Stock {
  code: string;
  /** Short name as listed, in Chinese, without the exchanges' marks (names as traded: tradedNames.ts). */
  name: string;
  /** English short name (the security master's name_en). */
  nameEn: string;
  board: Board;
  /** True ST status; written as is_st unless stKnown is false. */
  isSt: boolean;
  /** The warning an ST stock's traded name carries; null when not ST. */
  riskWarning: RiskWarning | null;
  /** False for the few stocks whose is_st column is left empty (limit unknown to the reader). */
  stKnown: boolean;
  /** First trading day, ISO. */
  listDate: string;
  /** A real company a story names: moved only by scripts or by its sector, never picked for random limit events. */
  cast: boolean;
  /** Previous close on the first sample day, or the issue price for a listing inside the sample, fen. */
  startFen: number;
  floatShares: number;
  /** Typical daily turnover as a fraction of float shares. */
  turnover: number;
  /** Loading on the market and board factors. */
  beta: number;
  /** Daily volatility of the stock's own moves. */
  sigma: number;
  /** Member of these sector / concept indices; the first leads its moves. */
  sectors: string[];
  /** Suspended on every sample day. */
  alwaysSuspended: boolean;
}
