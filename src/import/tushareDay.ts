/**
 * Everything a set of Tushare exports says, in one call: the day's snapshot (from daily), the
 * security master (from stock_basic and namechange, merged into the one in data/) and the
 * calendar (from trade_cal, merged into calendar.csv). The one path for Tushare data: the CSV
 * importer and the API fetcher both come here with the same VendorFiles. The snapshot reads
 * names from the freshly merged master, so a namechange given with the day counts that day.
 */
import type {SecurityMaster} from "../market/securityMaster.ts";
import type {Issue, Parsed} from "../snapshot/issue.ts";
import type {CalendarFile} from "../snapshot/parseCalendar.ts";
import type {Snapshot} from "../snapshot/types.ts";
import {fromTushare} from "./tushare.ts";
import {calendarFromTushare} from "./tushareCalendar.ts";
import {masterFromTushare} from "./tushareMaster.ts";
import type {VendorFile} from "./vendorFile.ts";

export interface TushareExports {
  /** Trade date, ISO. */
  date: string;
  basic: VendorFile;
  /** Without it, no snapshot: only the master (and calendar) are updated. */
  daily?: VendorFile;
  limits?: VendorFile;
  indexDaily?: VendorFile;
  namechange?: VendorFile;
  tradeCal?: VendorFile;
}

/** What data/ holds already. */
export interface DataState {
  master: SecurityMaster;
  calendar: CalendarFile;
  /** Last known close by code, for stocks with no daily row. */
  previousCloseFen: ReadonlyMap<string, number>;
}

export interface DataUpdate {
  snapshot: Snapshot | null;
  master: SecurityMaster | null;
  calendar: CalendarFile | null;
}

export function importTushare(exports: TushareExports, state: DataState): Parsed<DataUpdate> {
  const issues: Issue[] = [];
  const warnings: Issue[] = [];
  const take = <T>(parsed: Parsed<T>): T | null => {
    warnings.push(...parsed.warnings);
    if (parsed.ok) return parsed.value;
    issues.push(...parsed.issues);
    return null;
  };
  const {date, basic, namechange} = exports;
  const master = take(masterFromTushare({basic, namechange, previous: state.master, date}));
  const snapshot = exports.daily
    ? take(fromTushare({...exports, daily: exports.daily, previousCloseFen: state.previousCloseFen, master: master ?? state.master}))
    : null;
  const calendar = exports.tradeCal ? take(calendarFromTushare({tradeCal: exports.tradeCal, previous: state.calendar})) : null;
  if (issues.length > 0) return {ok: false, issues, warnings};
  return {ok: true, value: {snapshot, master, calendar}, warnings};
}
