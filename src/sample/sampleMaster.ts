/**
 * The sample's security master as a vendor would give it on the last sample day: every stock
 * with its name as traded then, its English name and listing date, and the dated names it
 * traded under (tradedNames.ts). The sample's files know no date on which an ST stock's
 * warning began, so one is drawn for each: a session between 2023-01-04 and the day before the
 * sample's first (its own random stream, so no price moves).
 */
import type {NameSpell, Security, SecurityMaster} from "../market/securityMaster.ts";
import type {Rng} from "./rng.ts";
import type {Stock} from "./stock.ts";
import {nameSpells} from "./tradedNames.ts";

export interface MasterOptions {
  /** Trading days, ascending, ending on (or after) asOf. */
  calendar: readonly string[];
  /** First sample day: ST warnings begin before it. */
  sampleStart: string;
  /** The day the master describes (the last sample day). */
  asOf: string;
}

export function sampleMaster(stocks: readonly Stock[], rng: Rng, {calendar, sampleStart, asOf}: MasterOptions): SecurityMaster {
  const securities = new Map<string, Security>();
  const names = new Map<string, NameSpell[]>();
  // Marked names must not repeat any stock's name: every plain name is taken from the start.
  const taken = new Set(stocks.map((s) => s.name));
  const end = calendar.findIndex((d) => d >= sampleStart);
  for (const stock of [...stocks].sort((a, b) => (a.code < b.code ? -1 : 1))) {
    let stFrom: string | null = null;
    if (stock.isSt) {
      // After the listing's marked sessions (so the warning never cuts an N or C name short) and
      // after the calendar's first session (so the plain name has a last day); else the sample's start.
      const listed = calendar.indexOf(stock.listDate);
      const open = calendar.slice(listed >= 0 ? listed + 6 : 1, end);
      stFrom = open.length > 0 ? rng.pick(open) : sampleStart;
    }
    const spells = nameSpells(stock, calendar, asOf, stFrom, taken);
    names.set(stock.code, spells);
    securities.set(stock.code, {
      code: stock.code,
      name: (spells.at(-1) as NameSpell).name,
      nameEn: stock.nameEn,
      listDate: stock.listDate,
      delistDate: null,
    });
  }
  return {securities, names};
}
