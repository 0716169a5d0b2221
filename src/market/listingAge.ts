/**
 * A stock's listing age on a trade date, and where it came from. The listing date is best
 * (the day's stocks.csv, else the security master); without one, the exchanges' marks in the
 * name as traded that day tell enough for the limit rules: N is the first session, C sessions
 * 2–5 of a registration-based listing, and a Chinese name with neither mark is past every
 * new-listing window. Anything else is unknown, and the stock's limit with it.
 */
import {LONGEST_IPO_WINDOW} from "./limitRules.ts";
import {listingMarkIn} from "./nameMarks.ts";
import {sessionsListed} from "./sessionsListed.ts";

/** Where a listing age came from: documented in docs/facts.md and stated in the brief's footnote. */
export type ListingAgeSource = "listDate" | "master" | "nameMark" | "unmarkedName";

export interface ListingAge {
  /** Sessions since listing, the listing day as 1; a lower bound for "nameMark" C and "unmarkedName". */
  sessions: number;
  /** Listing date for the IPO regime; for a marked name, the trade date (the regime in force then); null past every window. */
  listDate: string | null;
  source: ListingAgeSource;
}

// Exchange short names are Chinese; a mark can be read only in a name as the exchange writes it.
const CJK = /[\u3400-\u9fff]/;

/**
 * The listing age of a stock on `date`. `listDate` is the day's own (stocks.csv), `masterListDate`
 * the security master's; `tradedName` the name the day's quote carries. Null when unknown.
 */
export function listingAge(
  date: string,
  calendar: readonly string[],
  listDate: string | null,
  masterListDate: string | null,
  tradedName: string,
): ListingAge | null {
  for (const [known, source] of [[listDate, "listDate"], [masterListDate, "master"]] as const) {
    const sessions = sessionsListed(known, date, calendar);
    if (sessions !== null) return {sessions, listDate: known, source};
  }
  const mark = listingMarkIn(tradedName);
  if (mark === "N") return {sessions: 1, listDate: date, source: "nameMark"};
  if (mark === "C") return {sessions: 2, listDate: date, source: "nameMark"};
  if (CJK.test(tradedName)) return {sessions: LONGEST_IPO_WINDOW + 1, listDate: null, source: "unmarkedName"};
  return null;
}
