/**
 * The security master: what is known about each stock beyond one day's quote, kept across days
 * in data/ (securities.csv and name-history.csv, see data/README.md). Listing and delisting
 * dates give a stock's listing age on the first day a user runs the pipeline; dated names give
 * its name as traded, and so its risk-warning (ST / *ST) status, on any date.
 */

export interface Security {
  /** Code with exchange suffix: "600000.SH". */
  code: string;
  /** Short name as traded now, in Chinese ("浦发银行", "*ST金泰"). */
  name: string;
  /** English short name; null when no source gives one. */
  nameEn: string | null;
  /** First trading day, ISO; null when unknown. */
  listDate: string | null;
  /** Last trading day, ISO; null while listed. */
  delistDate: string | null;
}

/** A name a stock traded under, from `from` through `to` (inclusive ISO dates; `to` null = still). */
export interface NameSpell {
  name: string;
  from: string;
  to: string | null;
}

export interface SecurityMaster {
  securities: ReadonlyMap<string, Security>;
  /** Code → its names, oldest first; spells do not overlap. */
  names: ReadonlyMap<string, readonly NameSpell[]>;
}

export const EMPTY_MASTER: SecurityMaster = {securities: new Map(), names: new Map()};

/** The name `code` traded under on `date`, from its dated names; null when none covers the date. */
export function nameOn(master: SecurityMaster, code: string, date: string): string | null {
  const spells = master.names.get(code);
  if (!spells) return null;
  for (let i = spells.length - 1; i >= 0; i -= 1) {
    const s = spells[i] as NameSpell;
    if (s.from <= date) return s.to === null || date <= s.to ? s.name : null;
  }
  return null;
}
