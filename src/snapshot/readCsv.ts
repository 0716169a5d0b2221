import type {CsvError} from "csv-parse";
import {parse} from "csv-parse/sync";
import {csvParseRows} from "d3-dsv";
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
  // CRLF is accepted; normalising first keeps line counts exact.
  const normalized = text.replace(/\r\n?/g, "\n");
  const {rows, syntaxErrorLine} = csvRecords(normalized, log);
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
 * Records of a file with quotes, through csv-parse: it finds unclosed and misplaced quotes and
 * reports a record's lines. Rows from a quoting error on are dropped (logged once).
 */
export function quotedRecords(normalized: string, log: IssueLog): {rows: CsvRecord[]; syntaxErrorLine: number} {
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
  return {rows, syntaxErrorLine};
}

/**
 * A file's records with the line each starts on, and the line of a quoting error (Infinity when
 * none), exactly as csv-parse reads them (quotedRecords) but quicker for the usual export,
 * where every record is one line and quotes are rare: lines without a quote go through d3-dsv's
 * row parser in one pass (several times quicker than csv-parse), and each line with quotes
 * through csv-parse on its own. When one of those is not a whole record by itself (a quoted
 * line break, a broken quote), the whole file is read by csv-parse instead.
 */
export function csvRecords(normalized: string, log: IssueLog): {rows: CsvRecord[]; syntaxErrorLine: number} {
  return lineRecords(normalized) ?? quotedRecords(normalized, log);
}

function lineRecords(normalized: string): {rows: CsvRecord[]; syntaxErrorLine: number} | null {
  const lines = normalized.split("\n");
  const hasQuote = lines.map((line) => line.includes('"'));
  // Lines with quotes are blanked for d3-dsv, so that its rows stay one per line.
  const plain = csvParseRows(hasQuote.includes(true) ? lines.map((line, i) => (hasQuote[i] ? "" : line)).join("\n") : normalized);
  const rows: CsvRecord[] = [];
  for (const [i, line] of lines.entries()) {
    let fields: string[];
    if (hasQuote[i]) {
      const own = singleRecord(line);
      if (own === null) return null;
      fields = own;
    } else {
      fields = (plain[i] ?? [""]).map((f) => f.trim());
      // Blank and whitespace-only lines are skipped, as csv-parse's skip_empty_lines does with trim.
      if (fields.length === 1 && fields[0] === "") continue;
    }
    rows.push({row: i + 1, fields});
  }
  return {rows, syntaxErrorLine: Infinity};
}

/** One line's fields through csv-parse, or null when the line is not exactly one valid record. */
function singleRecord(line: string): string[] | null {
  try {
    const records = parse(line, {trim: true, relax_column_count: true, skip_empty_lines: true}) as string[][];
    return records.length === 1 ? (records[0] as string[]) : null;
  } catch {
    return null;
  }
}

/**
 * The line a record starts on. csv-parse counts the line a record ends on; the raw text may
 * begin with skipped blank or whitespace-only lines and end with the line break. (csv-parse
 * cuts raw text by bytes, so a skipped no-break space may come back as U+FFFD.)
 */
function firstLine(endLine: number, raw: string): number {
  const inner = raw.replace(/^(?:(?:[^\S\n]|\uFFFD)*\n)+/, "").replace(/\n$/, "");
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
   * The parsed field, or undefined after logging why it is not valid (a parser's warning on a
   * valid field is logged as a warning). An absent optional
   * column reads as the empty field; an absent required one fails the row without a log line
   * (the header's error says it).
   */
  read<T>(name: string, parser: FieldParser<T>): T | undefined;
  fail(name: string, message: string): void;
  warn(name: string, message: string): void;
}

export function rowReader(table: CsvTable, record: CsvRecord, log: IssueLog): RowReader {
  return new Row(table, record, log);
}

// A class, not an object of closures: a day's files are ten thousand rows.
class Row implements RowReader {
  failed = false;
  readonly row: number;
  private readonly table: CsvTable;
  private readonly fields: readonly string[];
  private readonly log: IssueLog;

  constructor(table: CsvTable, record: CsvRecord, log: IssueLog) {
    this.table = table;
    this.row = record.row;
    this.fields = record.fields;
    this.log = log;
  }

  has(name: string): boolean {
    return this.table.position.has(name);
  }

  text(name: string): string {
    const i = this.table.position.get(name);
    return i === undefined ? "" : (this.fields[i] ?? "");
  }

  column(name: string): number {
    return (this.table.position.get(name) ?? this.table.header.length) + 1;
  }

  read<T>(name: string, parser: FieldParser<T>): T | undefined {
    if (this.table.missing.has(name)) {
      this.failed = true;
      return undefined;
    }
    const result = parser(this.text(name), name);
    if (result.ok) {
      if (result.warning !== undefined) this.warn(name, result.warning);
      return result.value;
    }
    this.fail(name, result.message);
    return undefined;
  }

  fail(name: string, message: string): void {
    this.failed = true;
    this.log.error(this.row, this.column(name), message);
  }

  warn(name: string, message: string): void {
    this.log.warn(this.row, this.column(name), message);
  }
}
