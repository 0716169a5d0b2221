import type {NameSpell, Security, SecurityMaster} from "../market/securityMaster.ts";
import type {Issue} from "../snapshot/issue.ts";
import type {Listing} from "./akshareListings.ts";
import {dayBefore} from "../market/calendar.ts";

export interface ListingChanges {
  added: number;
  listDatesFilled: number;
  renamed: number;
}


/**
 * The security master with what the exchanges' listing exports, taken on `date`, say:
 * - a code the master does not know is added, with its name and listing date; its name spell
 *   starts on `date` (or on its listing date when that is later): the export tells the name on
 *   the day it was taken, not since when, and a spell back to the listing date would, say, make
 *   a stock ST for years it was not;
 * - an empty listing date is filled; one that differs from the master's is kept and warned about
 *   (which is right is for the operator to say);
 * - a new name closes the current spell on the day before `date` and opens one from `date`;
 * - English names and delisting dates are kept (these exports have neither); codes the exports
 *   no longer list are left as they are.
 * Pure; `warnings` are located in the export's rows.
 */
export function mergeListings(
  master: SecurityMaster,
  listings: readonly Listing[],
  date: string,
): {master: SecurityMaster; changes: ListingChanges; warnings: Issue[]} {
  const securities = new Map(master.securities);
  const names = new Map(master.names);
  const changes: ListingChanges = {added: 0, listDatesFilled: 0, renamed: 0};
  const warnings: Issue[] = [];
  for (const listing of listings) {
    const {code, name, listDate} = listing;
    const warn = (column: number, message: string) => warnings.push({file: listing.file, row: listing.row, column, message});
    const known = securities.get(code);
    let security: Security = known ?? {code, name, nameEn: null, listDate, delistDate: null};
    if (!known) changes.added += 1;
    if (known && listDate !== null && known.listDate !== listDate) {
      if (known.listDate === null) {
        security = {...security, listDate};
        changes.listDatesFilled += 1;
      } else {
        warn(listing.dateColumn, `listing date ${listDate} differs from the security master's ${known.listDate} for ${code}: the master's is kept`);
      }
    }
    const from = listDate !== null && listDate > date ? listDate : date;
    const spells = [...(names.get(code) ?? [])];
    const last = spells.at(-1);
    if (last === undefined) {
      spells.push({name, from, to: null});
    } else if (last.name !== name || last.to !== null) {
      const renamed = renameFrom(spells, name, from);
      if (typeof renamed === "string") {
        warn(1, `${code} is named "${name}" here, but its name history already runs to ${renamed}: name not changed`);
        securities.set(code, security);
        continue;
      }
      if (known && last.name !== name) changes.renamed += 1;
    }
    names.set(code, spells);
    securities.set(code, {...security, name});
  }
  return {master: {securities, names}, changes, warnings};
}

/**
 * Ends the current name on the day before `from` and starts `name` on `from`, in place. Returns
 * the date the history already reaches when it reaches `from` or later (nothing is changed then),
 * except that a name opened on `from` itself is simply replaced (the same day imported again).
 */
function renameFrom(spells: NameSpell[], name: string, from: string): string | undefined {
  const last = spells.at(-1) as NameSpell;
  if (last.to === null && last.from === from) {
    spells[spells.length - 1] = {...last, name};
    return undefined;
  }
  const reaches = last.to ?? last.from;
  if (reaches >= from) return reaches;
  if (last.to === null) spells[spells.length - 1] = {...last, to: dayBefore(from)};
  spells.push({name, from, to: null});
  return undefined;
}
