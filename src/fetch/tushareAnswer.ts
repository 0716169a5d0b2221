/**
 * A Tushare Pro answer, `{code, msg, data: {fields, items, has_more}}`, checked and turned into
 * the CSV text of the export it stands for: fields as the header, items as rows, null as the
 * empty field, numbers as JavaScript writes them (the importer's parsers take "13.4" and float
 * noise like "13.399999999" alike).
 */
import {csvText} from "../snapshot/csvText.ts";
import type {VendorFile} from "../import/vendorFile.ts";

export interface AnswerTable {
  fields: string[];
  items: unknown[][];
  /** The API cut the table short: ask again from offset = items so far. */
  hasMore: boolean;
}

export type Answer = {ok: true; table: AnswerTable} | {ok: false; message: string};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** The table of an answer, or a message quoting the API's code and msg (or saying what is malformed). */
export function readAnswer(apiName: string, body: unknown): Answer {
  if (!isRecord(body) || typeof body.code !== "number") {
    return {ok: false, message: `${apiName}: the answer is not a Tushare Pro answer: expected JSON with a numeric "code"`};
  }
  if (body.code !== 0) return {ok: false, message: `${apiName}: Tushare Pro answered code ${body.code}: ${String(body.msg ?? "")}`};
  const data = body.data;
  if (!isRecord(data) || !Array.isArray(data.fields) || !Array.isArray(data.items)) {
    return {ok: false, message: `${apiName}: the answer has no data table: expected data.fields and data.items`};
  }
  const fields = data.fields.map(String);
  const bad = data.items.findIndex((item) => !Array.isArray(item) || item.length !== fields.length);
  if (bad >= 0) return {ok: false, message: `${apiName}: item ${bad + 1} of the answer does not have the ${fields.length} fields ${fields.join(",")}`};
  return {ok: true, table: {fields, items: data.items as unknown[][], hasMore: data.has_more === true}};
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return "";
  return typeof value === "string" ? value : String(value);
}

/** Tables of one export (answers to several requests) as one CSV file: the union of their fields, rows in order. */
export function tablesFile(name: string, tables: readonly AnswerTable[]): VendorFile {
  const header: string[] = [];
  for (const t of tables) for (const f of t.fields) if (!header.includes(f)) header.push(f);
  const rows = tables.flatMap((t) => {
    const at = header.map((f) => t.fields.indexOf(f));
    return t.items.map((item) => at.map((i) => (i < 0 ? "" : cell(item[i]))));
  });
  return {name, bytes: new TextEncoder().encode(csvText(header, rows))};
}
