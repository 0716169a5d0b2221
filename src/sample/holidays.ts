/**
 * Market closures of the Shanghai, Shenzhen and Beijing stock exchanges for public holidays,
 * 2023–2025, as the calendar ranges the notices give (weekends inside a range are closed
 * anyway). The exchanges never open on a weekend, not even on the Saturdays and Sundays the
 * State Council makes working days (调休), so those need no entry.
 *
 * Sources, one notice a year (each follows the State Council General Office's holiday notice
 * for that year; the Shenzhen and Beijing exchanges published the same schedule):
 * - 2023: 上海证券交易所《关于2023年部分节假日休市安排的通知》, December 2022.
 * - 2024: 上海证券交易所《关于2024年部分节假日休市安排的通知》, December 2023 (Spring
 *   Festival closure from 2024-02-09, the eve, although the State Council's holiday began 02-10).
 * - 2025: 上海证券交易所《关于2025年部分节假日休市安排的通知》, December 2024.
 * Check: 2023 and 2024 each had 242 trading days.
 */

export interface Holiday {
  name: string;
  /** Inclusive ISO dates of the closure as the notice states it. */
  from: string;
  to: string;
}

export const HOLIDAYS: readonly Holiday[] = [
  {name: "New Year", from: "2022-12-31", to: "2023-01-02"},
  {name: "Spring Festival", from: "2023-01-21", to: "2023-01-27"},
  {name: "Qingming", from: "2023-04-05", to: "2023-04-05"},
  {name: "Labour Day", from: "2023-04-29", to: "2023-05-03"},
  {name: "Dragon Boat", from: "2023-06-22", to: "2023-06-24"},
  {name: "Mid-Autumn and National Day", from: "2023-09-29", to: "2023-10-06"},

  {name: "New Year", from: "2024-01-01", to: "2024-01-01"},
  {name: "Spring Festival", from: "2024-02-09", to: "2024-02-17"},
  {name: "Qingming", from: "2024-04-04", to: "2024-04-06"},
  {name: "Labour Day", from: "2024-05-01", to: "2024-05-05"},
  {name: "Dragon Boat", from: "2024-06-10", to: "2024-06-10"},
  {name: "Mid-Autumn", from: "2024-09-15", to: "2024-09-17"},
  {name: "National Day", from: "2024-10-01", to: "2024-10-07"},

  {name: "New Year", from: "2025-01-01", to: "2025-01-01"},
  {name: "Spring Festival", from: "2025-01-28", to: "2025-02-04"},
  {name: "Qingming", from: "2025-04-04", to: "2025-04-06"},
  {name: "Labour Day", from: "2025-05-01", to: "2025-05-05"},
  {name: "Dragon Boat", from: "2025-05-31", to: "2025-06-02"},
  {name: "National Day and Mid-Autumn", from: "2025-10-01", to: "2025-10-08"},
];

/** The first and last dates the table covers; outside them a weekday cannot be judged. */
export const HOLIDAY_TABLE_SPAN = {from: "2023-01-01", to: "2025-12-31"} as const;

/** The holiday closing the exchanges on `date`, or undefined. */
export const holidayOn = (date: string): Holiday | undefined =>
  HOLIDAYS.find((h) => h.from <= date && date <= h.to);
