/**
 * Tushare `namechange` (ts_code, name, start_date, end_date, ann_date, change_reason) → each
 * stock's dated names, which may not overlap. Tushare lists a stock's names newest first and
 * now and then twice: the same spell once with an end_date and once without (seen around ST
 * changes), or a spell whose end_date runs past the next spell's start. Resolved the same way
 * every time, each with a warning naming the row: of spells starting on one day the one with
 * an end_date wins, then the later announcement, then the earlier row; a spell that runs into
 * the next one ends the day before it starts.
 */
import type {NameSpell} from "../market/securityMaster.ts";
import {nonEmpty, orEmpty} from "../snapshot/fields.ts";
import type {IssueLog} from "../snapshot/issueLog.ts";
import type {CsvColumns, RowReader} from "../snapshot/readCsv.ts";
import type {VendorFile} from "./vendorFile.ts";
import {compactDate} from "./vendorFields.ts";
import {lenient, lenientStockCode, vendorRows} from "./vendorRows.ts";
import {dayBefore} from "../market/calendar.ts";

export const NAMECHANGE: CsvColumns = {required: ["ts_code", "name", "start_date", "end_date"], optional: ["ann_date"], ignoreUnknown: true};

interface Spell extends NameSpell {
  ann: string | null;
  r: RowReader;
}

const optionalDate = orEmpty(compactDate);

/** Orders one day's candidates: an end_date first, then the later announcement, then file order. */
function preferred(a: Spell, b: Spell): number {
  if ((a.to === null) !== (b.to === null)) return a.to === null ? 1 : -1;
  if (a.ann !== b.ann) return (b.ann ?? "") < (a.ann ?? "") ? -1 : 1;
  return a.r.row - b.r.row;
}

/** Code → its names, oldest first, no two overlapping; and the file's log (errors only for a broken file). */
export function nameSpellsFromTushare(file: VendorFile): {names: Map<string, NameSpell[]>; log: IssueLog} {
  const {log, rows} = vendorRows(file, NAMECHANGE);
  const byCode = new Map<string, Spell[]>();
  for (const r of rows) {
    const code = lenientStockCode(r, "ts_code");
    const name = code && lenient(r, "name", nonEmpty);
    const from = name && lenient(r, "start_date", compactDate);
    const to = from && lenient(r, "end_date", optionalDate);
    const ann = r.has("ann_date") ? lenient(r, "ann_date", optionalDate) : null;
    if (!code || !name || !from || to === undefined || ann === undefined) continue;
    if (to !== null && to < from) {
      r.warn("end_date", `end_date ${to} is before start_date ${from}: row left out`);
      continue;
    }
    byCode.set(code, [...(byCode.get(code) ?? []), {name, from, to, ann, r}]);
  }
  const names = new Map<string, NameSpell[]>();
  for (const [code, spells] of [...byCode].sort(([a], [b]) => (a < b ? -1 : 1))) {
    names.set(code, resolve(code, spells));
  }
  return {names, log};
}

function resolve(code: string, spells: Spell[]): NameSpell[] {
  const sorted = [...spells].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : preferred(a, b)));
  const kept: Spell[] = [];
  for (const s of sorted) {
    const last = kept.at(-1);
    if (last?.from !== s.from) {
      kept.push(s);
      continue;
    }
    const what = last.name === s.name ? "repeats" : `clashes with "${last.name}" on`;
    s.r.warn("start_date", `${code} "${s.name}" from ${s.from} ${what} row ${last.r.row}: row ${last.r.row} is kept`);
  }
  return kept.map((s, i) => {
    const next = kept[i + 1];
    if (!next || (s.to !== null && s.to < next.from)) return {name: s.name, from: s.from, to: s.to};
    const end = dayBefore(next.from);
    const found = s.to === null ? "has no end_date" : `ends ${s.to}`;
    s.r.warn("end_date", `${code} "${s.name}" ${found} but "${next.name}" starts ${next.from} (row ${next.r.row}): taken to end ${end}`);
    return {name: s.name, from: s.from, to: end};
  });
}
