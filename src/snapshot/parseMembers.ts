import type {Parsed} from "./issue.ts";
import type {IndexKind} from "./types.ts";
import {issueLog, parsedFrom, type IssueLog} from "./issueLog.ts";
import {readCsvBytes, rowReader} from "./readCsv.ts";

export const MEMBER_COLUMNS = {required: ["index_code", "stock_code"]} as const;

/** What members.csv may refer to; null where the other file could not be read (then nothing is checked against it). */
export interface MemberTargets {
  /** Index code → kind (null: listed, kind unreadable). */
  indexKinds: ReadonlyMap<string, IndexKind | null> | null;
  stockCodes: ReadonlySet<string> | null;
}

/** members.csv → index code → member stock codes, keys and values sorted. */
export function parseMembers(file: string, bytes: Uint8Array, targets: MemberTargets): Parsed<Record<string, string[]>> {
  const log = issueLog(file);
  return parsedFrom([log], readMembers(bytes, targets, log));
}

export function readMembers(bytes: Uint8Array, targets: MemberTargets, log: IssueLog): Record<string, string[]> {
  const table = readCsvBytes(bytes, MEMBER_COLUMNS, log);
  // Without both columns no row means anything; the header's error says why.
  if (!table || table.missing.size > 0) return {};
  const members = new Map<string, Set<string>>();
  const pairRow = new Map<string, number>();
  for (const record of table.records) {
    const r = rowReader(table, record, log);
    const indexCode = r.text("index_code");
    const stockCode = r.text("stock_code");
    const kind = targets.indexKinds?.get(indexCode);
    if (targets.indexKinds && !targets.indexKinds.has(indexCode)) {
      r.fail("index_code", `index_code "${indexCode}" is not in indices.csv: expected an industry or concept index listed there`);
    } else if (kind === "broad") {
      r.fail("index_code", `index_code "${indexCode}" is a broad index: expected an industry or concept index`);
    }
    if (targets.stockCodes && !targets.stockCodes.has(stockCode)) {
      r.fail("stock_code", `stock_code "${stockCode}" is not in stocks.csv`);
    }
    if (r.failed) continue;
    const pair = `${indexCode} ${stockCode}`;
    const first = pairRow.get(pair);
    if (first !== undefined) {
      r.warn("stock_code", `${stockCode} is listed in ${indexCode} again (first on row ${first}); the repeat is ignored`);
      continue;
    }
    pairRow.set(pair, r.row);
    const set = members.get(indexCode) ?? new Set<string>();
    set.add(stockCode);
    members.set(indexCode, set);
  }
  return Object.fromEntries(
    [...members.keys()].sort().map((code) => [code, [...(members.get(code) ?? [])].sort()]),
  );
}
