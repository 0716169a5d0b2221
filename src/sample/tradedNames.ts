/**
 * The names a sample stock traded under, as dated spells: the exchanges' marks written the way
 * they write them. A listing's first session carries N, sessions 2–5 of a registration-based
 * listing C (ChiNext from 2020-08-24, STAR from its start on 2019-07-22, the main board from
 * 2023-04-10; Beijing never), then the plain name; a risk-warning stock trades as ST or *ST
 * from the day the warning starts. A marked name keeps two characters of the short name
 * ("*ST恒瑞", "N屹唐") so it fits the exchanges' eight bytes.
 */
import type {Board} from "../market/board.ts";
import type {RiskWarning} from "../market/nameMarks.ts";
import type {NameSpell} from "../market/securityMaster.ts";

/** Boards and the first listing date from which new listings are registration-based (C on sessions 2–5). */
const REGISTRATION_FROM: Readonly<Record<Board, string | null>> = {
  chinext: "2020-08-24",
  star: "2019-07-22",
  main: "2023-04-10",
  bse: null,
};

const registrationBased = (board: Board, listDate: string) => {
  const from = REGISTRATION_FROM[board];
  return from !== null && listDate >= from;
};

/**
 * The marked name: the mark before the first two characters of the short name, else (when that
 * is taken) before another two of its first three. `taken` holds every name given so far and is
 * extended; throws when every form is taken (a bug of the sample, not of data).
 */
export function markedName(mark: RiskWarning | "N" | "C", name: string, taken: Set<string>): string {
  const c = [...name];
  const forms = [[0, 1], [0, 2], [1, 2], [0, 1, 2]]
    .filter((ix) => ix.every((i) => i < c.length))
    .map((ix) => mark + ix.map((i) => c[i]).join(""));
  const pick = forms.find((f) => !taken.has(f));
  if (pick === undefined) throw new Error(`markedName: every ${mark} form of ${name} is taken`);
  taken.add(pick);
  return pick;
}

export interface NamedStock {
  code: string;
  name: string;
  board: Board;
  listDate: string;
  riskWarning: RiskWarning | null;
}

/**
 * Every name `stock` traded under up to `asOf`, oldest first, the last one open (`to` null).
 * Listing marks are given when the listing date is on `calendar` (sessions are counted on it);
 * `stFrom` is the first day of an ST stock's warning (null: not ST). `taken`: see markedName.
 */
export function nameSpells(stock: NamedStock, calendar: readonly string[], asOf: string, stFrom: string | null, taken: Set<string>): NameSpell[] {
  const spells: NameSpell[] = [];
  const first = calendar.indexOf(stock.listDate);
  if (first >= 0) {
    // Session k (1 = listing day) is calendar[first + k - 1].
    const session = (k: number) => calendar[first + k - 1];
    spells.push({name: markedName("N", stock.name, taken), from: stock.listDate, to: stock.listDate});
    const plainFrom = registrationBased(stock.board, stock.listDate) ? 6 : 2;
    if (plainFrom === 6 && session(2) !== undefined) spells.push({name: markedName("C", stock.name, taken), from: session(2) as string, to: session(5) ?? null});
    if (session(plainFrom) !== undefined) spells.push({name: stock.name, from: session(plainFrom) as string, to: null});
  } else {
    spells.push({name: stock.name, from: stock.listDate, to: null});
  }
  if (stock.riskWarning !== null && stFrom !== null) {
    const last = spells.pop() as NameSpell;
    const before = calendar[calendar.indexOf(stFrom) - 1];
    if (before !== undefined && before >= last.from) spells.push({...last, to: before});
    spells.push({name: markedName(stock.riskWarning, stock.name, taken), from: stFrom, to: null});
  }
  // As known on asOf: later spells are not yet known, and the one in force is still open.
  const known = spells.filter((s) => s.from <= asOf);
  const current = known.at(-1);
  if (current && current.to !== null && current.to >= asOf) known[known.length - 1] = {...current, to: null};
  return known;
}
