/**
 * Tushare `stock_basic` (and `namechange`) → the security master, merged into the one already
 * in data/. stock_basic gives each stock's current name, list_date, and when asked for them
 * delist_date and enname (the English company name); namechange gives the dated names. Merged
 * so that nothing known is lost: codes missing from the new export are kept as they were, an
 * English name is kept when the new export has none, and a stock's names from namechange
 * replace ours from the first date namechange gives on (older spells of ours stay).
 */
import {riskWarningIn} from "../market/nameMarks.ts";
import {nameOn, type NameSpell, type Security, type SecurityMaster} from "../market/securityMaster.ts";
import {nonEmpty, orEmpty} from "../snapshot/fields.ts";
import type {Parsed} from "../snapshot/issue.ts";
import {parsedFrom, type IssueLog} from "../snapshot/issueLog.ts";
import type {CsvColumns} from "../snapshot/readCsv.ts";
import {nameSpellsFromTushare} from "./tushareNameSpells.ts";
import type {VendorFile} from "./vendorFile.ts";
import {compactDate} from "./vendorFields.ts";
import {lenient, lenientStockCode, vendorRows} from "./vendorRows.ts";
import {dayBefore} from "../market/calendar.ts";

export interface TushareMasterInput {
  /** `stock_basic`: ts_code, name, list_date (YYYYMMDD); optional delist_date, enname. */
  basic: VendorFile;
  /** `namechange`: ts_code, name, start_date, end_date[, ann_date]. */
  namechange?: VendorFile;
  /** The master already in data/ (EMPTY_MASTER when there is none). */
  previous: SecurityMaster;
  /** The day the exports describe, ISO: stock_basic's names are the names on that day. */
  date: string;
}

const BASIC: CsvColumns = {required: ["ts_code", "name", "list_date"], optional: ["delist_date", "enname"], ignoreUnknown: true};
const optionalDate = orEmpty(compactDate);

export function masterFromTushare(input: TushareMasterInput): Parsed<SecurityMaster> {
  const {previous, date} = input;
  const logs: IssueLog[] = [];
  const securities = new Map(previous.securities);
  const names = new Map(previous.names);

  if (input.namechange) {
    const spells = nameSpellsFromTushare(input.namechange);
    logs.push(spells.log);
    for (const [code, theirs] of spells.names) names.set(code, merged(previous.names.get(code) ?? [], theirs));
  }

  const basic = vendorRows(input.basic, BASIC);
  logs.push(basic.log);
  const seen = new Map<string, number>();
  for (const r of basic.rows) {
    const code = lenientStockCode(r, "ts_code");
    const name = code && lenient(r, "name", nonEmpty);
    const listDate = name && lenient(r, "list_date", optionalDate);
    let delistDate = listDate !== undefined && r.has("delist_date") ? lenient(r, "delist_date", optionalDate) : null;
    if (!code || !name || listDate === undefined || delistDate === undefined) continue;
    if (seen.has(code)) {
      r.warn("ts_code", `ts_code "${code}" is listed twice (first on row ${seen.get(code)}): row left out`);
      continue;
    }
    seen.set(code, r.row);
    if (listDate !== null && delistDate !== null && delistDate < listDate) {
      r.warn("delist_date", `delist_date ${delistDate} is before list_date ${listDate}: delist_date ignored`);
      delistDate = null;
    }
    const before = previous.securities.get(code);
    const enname = r.text("enname");
    securities.set(code, {
      code,
      name,
      nameEn: enname !== "" ? enname : (before?.nameEn ?? null),
      listDate: listDate ?? before?.listDate ?? null,
      // Without the column the export says nothing about delisting: keep what we knew.
      delistDate: r.has("delist_date") ? delistDate : (before?.delistDate ?? null),
    } satisfies Security);
    // Both name a stock on the same day; a disagreement on risk warning changes its limit.
    const dated = input.namechange ? nameOn({securities, names}, code, date) : null;
    if (dated !== null && riskWarningIn(dated) !== riskWarningIn(name)) {
      r.warn("name", `${code} is "${name}" here but "${dated}" on ${date} in ${input.namechange?.name}: the dated name is used for ${date}`);
    }
  }
  return parsedFrom(logs, {securities, names});
}

/** Our spells before the first of theirs (the last one cut short where theirs begin), then theirs. */
function merged(ours: readonly NameSpell[], theirs: NameSpell[]): NameSpell[] {
  const first = theirs[0]?.from;
  if (first === undefined) return [...ours];
  const kept = ours
    .filter((s) => s.from < first)
    .map((s) => (s.to === null || s.to >= first ? {...s, to: dayBefore(first)} : s));
  return [...kept, ...theirs];
}
