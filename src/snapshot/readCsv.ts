import type {CsvError} from "csv-parse";
import {parse} from "csv-parse/sync";
import {decodeText} from "./decodeText.ts";
import type {FieldParser} from "./fields.ts";
import type {IssueLog} from "./issueLog.ts";

export interface CsvColumns {
  /** In documented order: a missing column is reported where it would stand. */
  required: readonly string[];
  optional?: readonly string[];
  /** When set, a file with a header but no rows is an error with this message. */
  noRows?: string;
  /** Vendor exports carry many columns we do not use: true skips the "unknown column" warning. */
  ignoreUnknown?: boolean;
}

/** One data row: its 1-based line number (of its first line) and its fields in header order. */
export interface CsvRecord {
  row: number;
  fields: string[];
}

export interface CsvTable {
  header: string[];
  /** Column name → 0-based position in the header. */
  position: ReadonlyMap<string, number>;
  /** Rows with exactly as many fields as the header; malformed ones are logged and left out. */
  records: CsvRecord[];
  /** Required columns the header lacks (already logged): their fields read as failed, silently. */
  missing: ReadonlySet<string>;
  /** Rows with too few or too many fields (already logged), for what their first fields still tell. */
  malformed: CsvRecord[];
  /** A quoting error cut the file short (logged): rows after it are lost, so its list of codes is not complete. */
  broken: boolean;
}

interface ParsedRecord {
  record: string[];
  info: {lines: number};
  raw: string;
}

/** A CSV file's bytes → table: decodeText, then readCsv. */
export function readCsvBytes(bytes: Uint8Array, columns: CsvColumns, log: IssueLog): CsvTable | null {
  const text = decodeText(bytes, log);
  return text === null ? null : readCsv(text, columns, log);
}

/**
 * Reads a CSV file into header + rows, logging every structural problem: empty file, missing,
 * duplicated or unknown columns, rows with too few or too many fields, broken quoting.
 * Returns null when the file has no header at all; with missing columns, the other columns are
 * still read so that every problem is found in one run.
 */
export function readCsv(text: string, columns: CsvColumns, log: IssueLog): CsvTable | null {
  // CRLF is accepted; normalising first keeps csv-parse's line counts exact.
  const normalized = text.replace(/\r\n?/g, "\n");
  let syntaxErrorLine = Infinity;
  const parsed = parse(normalized, {
    info: true,
    raw: true,
    trim: true,
    relax_column_count: true,
    skip_empty_lines: true,
    // Keep the rows before a quoting error; the rows after it cannot be trusted.
    skip_records_with_error: true,
    on_skip: (error: CsvError | undefined, raw: string | undefined) => {
      if (!error || syntaxErrorLine !== Infinity) return;
      // Reported where the bad record starts (csv-parse counts where it stopped reading).
      const line = firstLine(typeof error.lines === "number" ? error.lines : 1, raw ?? "");
      const column = typeof error.column === "number" ? error.column + 1 : 1;
      syntaxErrorLine = line;
      log.error(line, column, csvErrorMessage(error));
    },
  }) as unknown as ParsedRecord[];

  const rows = parsed
    .map(({record, info, raw}) => ({row: firstLine(info.lines, raw), fields: record}))
    .filter((r) => r.row < syntaxErrorLine);
  const [head, ...body] = rows;
  if (!head) {
    if (syntaxErrorLine === Infinity) {
      log.error(1, 1, `file is empty: expected a header row ${columns.required.join(",")}`);
    }
    return null;
  }
  const position = readHeader(head.fields, columns, log);
  const missing = new Set(columns.required.filter((name) => !position.has(name)));

  const width = head.fields.length;
  const records: CsvRecord[] = [];
  const malformed: CsvRecord[] = [];
  for (const r of body) {
    if (r.fields.length !== width) malformed.push(r);
    if (r.fields.length < width) {
      const missing = head.fields[r.fields.length];
      log.error(
        r.row,
        r.fields.length + 1,
        `row has ${r.fields.length} fields but the header has ${width}: the row looks truncated (no ${missing})`,
      );
    } else if (r.fields.length > width) {
      log.error(r.row, width + 1, `row has ${r.fields.length} fields but the header has ${width}`);
    } else {
      records.push(r);
    }
  }
  if (body.length === 0 && columns.noRows !== undefined) log.error(2, 1, columns.noRows);
  return {header: head.fields, position, records, missing, malformed, broken: syntaxErrorLine !== Infinity};
}

/**
 * The line a record starts on. csv-parse counts the line a record ends on; the raw text may
 * begin with skipped blank lines and end with the line break.
 */
function firstLine(endLine: number, raw: string): number {
  const inner = raw.replace(/^\n+/, "").replace(/\n$/, "");
  return endLine - (inner.split("\n").length - 1);
}

function readHeader(header: string[], columns: CsvColumns, log: IssueLog): Map<string, number> {
  const position = new Map<string, number>();
  const known = new Set([...columns.required, ...(columns.optional ?? [])]);
  header.forEach((name, i) => {
    const first = position.get(name);
    if (first !== undefined) log.error(1, i + 1, `column "${name}" appears twice (first at column ${first + 1})`);
    else position.set(name, i);
    if (!known.has(name) && !columns.ignoreUnknown) log.warn(1, i + 1, `unknown column "${name}" is ignored`);
  });
  columns.required.forEach((name, i) => {
    if (position.has(name)) return;
    // Where it would stand: right after the nearest documented column before it that is present.
    const before = columns.required.slice(0, i).findLast((c) => position.has(c));
    const column = before === undefined ? 1 : (position.get(before) as number) + 2;
    log.error(1, column, `missing column "${name}": expected a header with ${columns.required.join(",")}`);
  });
  return position;
}

function csvErrorMessage(error: CsvError): string {
  switch (error.code) {
    case "CSV_QUOTE_NOT_CLOSED":
      return "a quoted field is never closed: expected a closing double quote";
    case "CSV_INVALID_CLOSING_QUOTE":
      return "text follows a closing double quote: expected a comma or the end of the line";
    default:
      return `the CSV cannot be read: ${error.message}`;
  }
}

/** Reads the fields of one row by column name, logging each bad field; `failed` says whether any was bad. */
export interface RowReader {
  readonly row: number;
  readonly failed: boolean;
  /** Whether the header has this column. */
  has(name: string): boolean;
  /** The field's text; "" when the column is absent. */
  text(name: string): string;
  /** The 1-based column of a field (of the header's last column + 1 when absent). */
  column(name: string): number;
  /**
   * The parsed field, or undefined after logging why it is not valid. An absent optional
   * column reads as the empty field; an absent required one fails the row without a log line
   * (the header's error says it).
   */
  read<T>(name: string, parser: FieldParser<T>): T | undefined;
  fail(name: string, message: string): void;
  warn(name: string, message: string): void;
}

export function rowReader(table: CsvTable, record: CsvRecord, log: IssueLog): RowReader {
  let failed = false;
  const column = (name: string) => (table.position.get(name) ?? table.header.length) + 1;
  const text = (name: string) => {
    const i = table.position.get(name);
    return i === undefined ? "" : (record.fields[i] ?? "");
  };
  const fail = (name: string, message: string) => {
    failed = true;
    log.error(record.row, column(name), message);
  };
  return {
    row: record.row,
    get failed() {
      return failed;
    },
    has: (name) => table.position.has(name),
    text,
    column,
    read(name, parser) {
      if (table.missing.has(name)) {
        failed = true;
        return undefined;
      }
      const result = parser(text(name), name);
      if (result.ok) return result.value;
      fail(name, result.message);
      return undefined;
    },
    fail,
    warn: (name, message) => log.warn(record.row, column(name), message),
  };
}
