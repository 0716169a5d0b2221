/**
 * The market's rules, beneath every stage: which board a code trades on, the dated price-limit
 * regimes and limit prices in integer fen, listing age counted in trading sessions, the
 * exchanges' trading calendar, the broad-index catalogue and the security master's types.
 * Codes, dates and fen go in; rules and plain values come out. It imports nothing of ours, and
 * it never reads files, the clock or the environment: data (a shipped calendar, a master file)
 * reaches it already parsed.
 */
export {BOARDS, boardOf, type Board} from "./board.ts";
export {limitRuleFor, type LimitQuery, type LimitRule} from "./limitRules.ts";
export {limitDownFen, limitUpFen} from "./limitPrice.ts";
export {fenText, pctChange} from "./fen.ts";
export {lowerBound, sessionsListed} from "./sessionsListed.ts";
export {BROAD_INDICES, CHINEXT_INDEX, COMPOSITE, broadIndex, broadRank, type BroadIndex} from "./broadIndices.ts";
