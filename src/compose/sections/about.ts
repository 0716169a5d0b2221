import type {ComposeContext} from "../context.ts";
import {paragraph} from "../context.ts";
import {agree, count, countAtStart, grouped, listing, longDate} from "../format.ts";
import type {Section} from "../types.ts";

/** Source, counting filters, what was left out, and who wrote what. */
export function about(ctx: ComposeContext): Section {
  const {facts} = ctx;
  const unknown = facts.limits.unknown;
  const reasons = [
    unknown.unknownBoard > 0 && `${grouped(unknown.unknownBoard)} on an unknown board`,
    unknown.unknownSt > 0 && `${grouped(unknown.unknownSt)} with unknown ST status`,
    unknown.unknownListingAge > 0 && `${grouped(unknown.unknownListingAge)} with an unknown listing date`,
  ].filter((r): r is string => typeof r === "string");
  const src = facts.limits.listingAgeSources;
  const ages = [
    src.listDate > 0 && `${grouped(src.listDate)} from the listing dates in the day's data`,
    src.master > 0 && `${grouped(src.master)} from the security master`,
    src.nameMark > 0 && `${grouped(src.nameMark)} from the exchanges' N and C new-listing marks in their names`,
    src.unmarkedName > 0 && `${grouped(src.unmarkedName)} from names carrying no new-listing mark (so past the limit-free first sessions)`,
  ].filter((r): r is string => typeof r === "string");
  const {stockDays, stockDaysStart} = facts.history;
  return {
    id: "about",
    heading: "About this brief",
    blocks: [
      paragraph(`Source: ${facts.source}. Snapshot: ${longDate(facts.date)}, ${facts.session === "midday" ? "midday break" : "close"}, Asia/Shanghai time.`),
      paragraph(
        ctx.isMidday
          ? "Limit-up and limit-down counts exclude ST stocks and new listings trading without a price limit; a stock is counted limit-up when its last price at the midday break equals the exchange's limit price for that stock and day, and the seal rate is those stocks divided by all stocks that touched the limit-up price in the morning session."
          : "Limit-up and limit-down counts exclude ST stocks and new listings trading without a price limit; a limit-up close is a close at the exchange's limit price for that stock and day, and the seal rate is limit-up closes divided by all stocks that touched the limit-up price.",
        unknown.total > 0 &&
          `${countAtStart(unknown.total)} ${agree(unknown.total, "stock was", "stocks were")} left out of the limit counts because ${agree(unknown.total, "its", "their")} price limit could not be determined (${reasons.join("; ")}).`,
        ages.length > 0 && src.listDate + src.master + src.nameMark + src.unmarkedName > src.listDate && `Listing ages, which decide new listings' limits: ${listing(ages)}.`,
        stockDays > 0 && stockDaysStart
          ? `Streaks and month-to-date figures draw on ${count(stockDays)} earlier ${agree(stockDays, "session", "sessions")} of quotes, since ${longDate(stockDaysStart)}.`
          : "No earlier sessions of quotes were available, so streaks count today only and month-to-date figures are left out.",
      ),
      paragraph(
        "Every section of this brief above, its numbers, charts and FAQ were generated from the day's quote data by Market Brief; only the editor's commentary, where present and marked as such, was written by a person.",
      ),
    ],
  };
}
