/**
 * Tushare `trade_cal` (exchange, cal_date, is_open[, pretrade_date]; dates YYYYMMDD) → the
 * calendar of data/calendar.csv, merged with the one already there: a date trade_cal gives
 * takes its open/closed flag from trade_cal, every other date stays as it was. Only the
 * Shanghai exchange's rows are used (SZSE and BSE keep the same sessions; futures exchanges do
 * not); rows of other exchanges are left out with one warning. Odd rows are warnings, left out.
 */
import type {CalendarFile} from "../snapshot/parseCalendar.ts";
import {flag} from "../snapshot/fields.ts";
import type {Parsed} from "../snapshot/issue.ts";
import {parsedFrom} from "../snapshot/issueLog.ts";
import type {CsvColumns} from "../snapshot/readCsv.ts";
import type {VendorFile} from "./vendorFile.ts";
import {compactDate} from "./vendorFields.ts";
import {lenient, vendorRows} from "./vendorRows.ts";

const TRADE_CAL: CsvColumns = {required: ["cal_date", "is_open"], optional: ["exchange", "pretrade_date"], ignoreUnknown: true};

export interface TushareCalendarInput {
  tradeCal: VendorFile;
  /** calendar.csv as it is ({open: [], closed: []} when there is none). */
  previous: CalendarFile;
}

export function calendarFromTushare({tradeCal, previous}: TushareCalendarInput): Parsed<CalendarFile> {
  const {log, rows} = vendorRows(tradeCal, TRADE_CAL);
  const theirs = new Map<string, {open: boolean; row: number}>();
  let otherExchange = 0;
  for (const r of rows) {
    // An empty exchange is what Tushare's default (SSE) query may leave.
    const exchange = r.text("exchange");
    if (exchange !== "" && exchange !== "SSE") {
      if (otherExchange === 0) r.warn("exchange", `exchange "${exchange}" is not SSE: rows of other exchanges are left out`);
      otherExchange += 1;
      continue;
    }
    const date = lenient(r, "cal_date", compactDate);
    const open = date && lenient(r, "is_open", flag);
    if (!date || typeof open !== "boolean") continue;
    const first = theirs.get(date);
    if (first) {
      const same = first.open === open;
      r.warn("cal_date", `${date} is listed twice (first on row ${first.row})${same ? "" : ` with is_open ${first.open ? 1 : 0}`}: row ${first.row} is kept`);
      continue;
    }
    theirs.set(date, {open, row: r.row});
  }
  const all = new Map<string, boolean>();
  for (const d of previous.open) all.set(d, true);
  for (const d of previous.closed) all.set(d, false);
  for (const [d, {open}] of theirs) all.set(d, open);
  const dates = [...all.keys()].sort();
  return parsedFrom([log], {open: dates.filter((d) => all.get(d)), closed: dates.filter((d) => !all.get(d))});
}
