/**
 * The sector view: industry and concept indices ranked by today's change, with the members
 * that led them, their up-day streaks, month-to-date moves and strength on down days.
 */
import type {DayContext} from "./dayContext.ts";
import {pctChange} from "../market/fen.ts";
import {indexFacts} from "./indexFacts.ts";
import {indexSeries, type Bar} from "./indexSeries.ts";
import {limitStatusOf} from "./limitStatus.ts";
import {monthToDate} from "./monthToDate.ts";
import {boardOf} from "../market/board.ts";
import type {StockLimit} from "./stockLimit.ts";
import type {MemberMove, SectorEntry, SectorFacts} from "./types.ts";
import type {IndexQuote} from "../snapshot/types.ts";
import {COMPOSITE} from "../market/broadIndices.ts";

const TOP = 5;
/** A streak this long (sessions) makes a sector notable. */
export const NOTABLE_STREAK = 5;
/** A record close needs about a year of history behind it to be worth saying. */
export const RECORD_MIN_SESSIONS = 250;
/** Down sessions of the SSE Composite looked back over for relative strength. */
const DOWN_DAYS = 5;

const byCode = (a: {code: string}, b: {code: string}) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

function leadingMembers(members: readonly string[], ctx: DayContext): MemberMove[] {
  const rows: MemberMove[] = [];
  for (const code of members) {
    const q = ctx.quotes.get(code);
    if (!q || q.closeFen === null) continue;
    rows.push({
      code,
      name: q.name,
      board: boardOf(code),
      closeFen: q.closeFen,
      pctChange: pctChange(q.closeFen, q.prevCloseFen),
      limitStatus: limitStatusOf(q, ctx.limits.get(code) as StockLimit),
    });
  }
  return rows.sort((a, b) => b.pctChange - a.pctChange || byCode(a, b)).slice(0, TOP);
}

/**
 * Date → sign of that session's move (today against the quote's previous close), for the
 * sessions from `since` on (all when not given): years of bars, of which a sector needs a few.
 */
function moves(bars: readonly Bar[], prevClose: number, since = ""): Map<string, number> {
  const out = new Map<string, number>();
  for (let k = bars.length - 1; k >= 0; k -= 1) {
    const b = bars[k] as Bar;
    if (b.date < since) break;
    const prev = k === bars.length - 1 ? prevClose : bars[k - 1]?.close;
    if (prev !== undefined) out.set(b.date, Math.sign(b.close - prev));
  }
  return out;
}

function sectorEntry(quote: IndexQuote, ctx: DayContext, compositeDownDates: readonly string[], compositeFell: boolean): SectorEntry {
  const bars = indexSeries(quote, ctx.day);
  const facts = indexFacts(quote, ctx.day, bars);
  const members = ctx.day.snapshot.members[quote.code] ?? [];
  const mine = moves(bars, quote.prevClose, compositeDownDates[0]);
  const seen = compositeDownDates.filter((d) => mine.has(d));
  return {
    ...facts,
    memberCount: members.length,
    leadingMembers: leadingMembers(members, ctx),
    upStreak: facts.streak?.direction === "up" ? facts.streak : null,
    monthToDate: monthToDate(bars, members, ctx),
    upWhileCompositeFell: compositeFell && facts.pctChange > 0,
    upOnCompositeDownDays: {sessions: seen.filter((d) => mine.get(d) === 1).length, of: seen.length},
  };
}

export function sectorFacts(ctx: DayContext): SectorFacts {
  const quotes = ctx.day.snapshot.indices.filter((q) => q.kind === "industry" || q.kind === "concept");
  const composite = ctx.day.snapshot.indices.find((q) => q.code === COMPOSITE);
  let downDates: string[] = [];
  let compositeFell = false;
  if (composite) {
    const m = moves(indexSeries(composite, ctx.day), composite.prevClose);
    downDates = [...m].filter(([, s]) => s < 0).map(([d]) => d).sort().slice(-DOWN_DAYS);
    compositeFell = composite.close < composite.prevClose;
  }
  const entries = quotes.map((q) => sectorEntry(q, ctx, downDates, compositeFell));
  const desc = [...entries].sort((a, b) => b.pctChange - a.pctChange || byCode(a, b));
  const asc = [...entries].sort((a, b) => a.pctChange - b.pctChange || byCode(a, b));
  const notable = entries
    .filter(
      (e) =>
        (e.upStreak?.sessions ?? 0) >= NOTABLE_STREAK ||
        e.roundLevel !== null ||
        e.record.sessionsSinceHigher >= RECORD_MIN_SESSIONS,
    )
    .sort(byCode);
  return {
    count: entries.length,
    leaders: desc.slice(0, TOP),
    laggards: asc.slice(0, TOP),
    notable,
    upWhileCompositeFell: desc.filter((e) => e.upWhileCompositeFell).map((e) => e.code),
  };
}
