/** A calendar as the text of data/calendar.csv (the inverse of parseCalendar): one row a date, ascending, open 1 or 0. */
import {csvText} from "../snapshot/csvText.ts";
import {CALENDAR_COLUMNS, type CalendarFile} from "../snapshot/parseCalendar.ts";

export const CALENDAR_FILE = "calendar.csv";

export function calendarText(calendar: CalendarFile): string {
  const rows = [...calendar.open.map((d) => [d, "1"]), ...calendar.closed.map((d) => [d, "0"])];
  rows.sort((a, b) => ((a[0] as string) < (b[0] as string) ? -1 : 1));
  return csvText(CALENDAR_COLUMNS.required, rows);
}
