import type {Parsed} from "./issue.ts";
import type {IndexKind, IndexQuote} from "./types.ts";
import {checkRange} from "./checkRange.ts";
import {byCode} from "./byCode.ts";
import {displayName, indexCode, level, oneOf, orEmpty, yuan} from "./fields.ts";
import {issueLog, parsedFrom, type IssueLog} from "./issueLog.ts";
import {readCsvBytes, rowReader} from "./readCsv.ts";

export const INDEX_COLUMNS = {
  required: ["code", "name", "kind", "prev_close", "open", "high", "low", "close"],
  optional: ["amount", "name_en"],
} as const;

const KINDS: readonly IndexKind[] = ["broad", "industry", "concept"];
const optionalName = orEmpty(displayName);

export interface IndicesRead {
  indices: IndexQuote[];
  /**
   * Code → kind of every index whose code could be read (kind null when it could not);
   * null when the list cannot be complete.
   */
  kinds: ReadonlyMap<string, IndexKind | null> | null;
}

/** indices.csv → index quotes sorted by code. */
export function parseIndices(file: string, bytes: Uint8Array): Parsed<IndexQuote[]> {
  const log = issueLog(file);
  const {indices} = readIndices(bytes, log);
  return parsedFrom([log], indices);
}

export function readIndices(bytes: Uint8Array, log: IssueLog): IndicesRead {
  const table = readCsvBytes(bytes, INDEX_COLUMNS, log);
  if (!table) return {indices: [], kinds: null};

  const indices: IndexQuote[] = [];
  const kinds = new Map<string, IndexKind | null>();
  const firstRow = new Map<string, number>();
  for (const record of table.records) {
    const r = rowReader(table, record, log);
    const code = r.read("code", indexCode) ?? "";
    if (firstRow.has(code)) {
      r.fail("code", `duplicate code "${code}" (first on row ${firstRow.get(code)})`);
    } else if (code !== "") {
      firstRow.set(code, r.row);
    }
    const name = r.read("name", displayName);
    const kind = r.read("kind", oneOf(KINDS));
    const prevClose = r.read("prev_close", level);
    const open = r.read("open", level);
    const high = r.read("high", level);
    const low = r.read("low", level);
    const close = r.read("close", level);
    const amountYuan = r.read("amount", orEmpty(yuan));
    const nameEn = r.read("name_en", optionalName);
    if (code !== "" && !kinds.has(code)) kinds.set(code, kind ?? null);
    if (high !== undefined && low !== undefined) checkRange(r, high, low, {open, close});
    if (
      name === undefined || kind === undefined || prevClose === undefined || open === undefined ||
      high === undefined || low === undefined || close === undefined || amountYuan === undefined ||
      nameEn === undefined || r.failed
    ) {
      continue;
    }
    indices.push({code, name, nameEn, kind, prevClose, open, high, low, close, amountYuan});
  }
  // A row with the wrong number of fields still names its index: members.csv may refer to it.
  for (const {fields} of table.malformed) {
    const code = fields[table.position.get("code") ?? -1];
    if (code !== undefined && indexCode(code, "code").ok && !kinds.has(code)) kinds.set(code, null);
  }
  indices.sort(byCode);
  const complete = !table.missing.has("code") && !table.broken;
  return {indices, kinds: complete ? kinds : null};
}
