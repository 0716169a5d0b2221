import {gzipSync} from "node:zlib";
import fc from "fast-check";

/**
 * Mutations of a valid snapshot's files, as fast-check arbitraries: the ways vendor exports
 * and hand edits go wrong (bit flips, truncation, swapped columns, huge or non-finite numbers,
 * empty fields, duplicated rows, BOM/CRLF, GBK bytes, broken gzip).
 */

/** The files a mutation may hit: a day folder's four, and the long index history. */
export const TARGETS = ["meta.json", "stocks.csv", "indices.csv", "members.csv", "index-history.csv"] as const;
export type Target = (typeof TARGETS)[number];

/** Numbers no parser should take at face value: overflowing, non-finite, exponent, hex, signed, padded. */
const NASTY_NUMBERS = [
  "9".repeat(400),
  "1" + "0".repeat(309),
  "99999999999999999999.99",
  "9007199254740993",
  "1e308",
  "1e999",
  "-1e999",
  "NaN",
  "nan",
  "Infinity",
  "-Infinity",
  "+Inf",
  "0x1F",
  "-0",
  "+12.30",
  "1,234.50",
  " 12.30 ",
  "12.3.4",
  ".5",
  "5.",
  "0.000",
  "１２.３０",
  "",
] as const;

/** "浦发银行" as GBK bytes: how a Chinese vendor export arrives when nobody re-saved it as UTF-8. */
const GBK_NAME = Uint8Array.from(Buffer.from("c6d6b7a2d2f8d0d0", "hex"));

export type TextOp =
  | {kind: "truncateRow"; row: number; at: number}
  | {kind: "swapColumns"; row: number | "all"; a: number; b: number}
  | {kind: "setField"; row: number; column: number; value: string}
  | {kind: "duplicateRow"; row: number}
  | {kind: "deleteRow"; row: number}
  | {kind: "crlf"}
  | {kind: "strayQuote"; at: number}
  | {kind: "metaValue"; key: string; value: unknown};

export type ByteOp =
  | {kind: "bitFlip"; at: number; bit: number}
  | {kind: "truncateFile"; at: number}
  | {kind: "bom"}
  | {kind: "gbkField"; row: number; column: number}
  | {kind: "insertBytes"; at: number; bytes: number[]};

export type Op = TextOp | ByteOp;

/** How a CSV file is stored: as is, or as .csv.gz holding good gzip, truncated gzip or noise. */
export type Gzip = "none" | "valid" | "truncated" | "garbage";

export interface Mutation {
  target: Target;
  op: Op;
}

export interface Case {
  mutations: Mutation[];
  /** Only loadDay (not the pure parser) sees gzip: it gunzips before parsing. */
  gzip: {target: Exclude<Target, "meta.json">; how: Gzip};
}

const index = fc.nat({max: 40});

const textOp: fc.Arbitrary<TextOp> = fc.oneof(
  fc.record({kind: fc.constant("truncateRow" as const), row: index, at: fc.nat({max: 120})}),
  fc.record({kind: fc.constant("swapColumns" as const), row: fc.oneof(index, fc.constant("all" as const)), a: fc.nat({max: 15}), b: fc.nat({max: 15})}),
  fc.record({
    kind: fc.constant("setField" as const),
    row: index,
    column: fc.nat({max: 15}),
    value: fc.oneof({weight: 4, arbitrary: fc.constantFrom(...NASTY_NUMBERS)}, fc.string({maxLength: 12}), fc.string({unit: "grapheme", maxLength: 6})),
  }),
  fc.record({kind: fc.constant("duplicateRow" as const), row: index}),
  fc.record({kind: fc.constant("deleteRow" as const), row: index}),
  fc.constant({kind: "crlf" as const}),
  fc.record({kind: fc.constant("strayQuote" as const), at: fc.nat({max: 2000})}),
  fc.record({
    kind: fc.constant("metaValue" as const),
    key: fc.constantFrom("date", "session", "timezone", "source", "extra"),
    value: fc.oneof(fc.jsonValue({maxDepth: 2}), fc.constantFrom("2025-06-23", "2025-02-30", "midday", "UTC", "", null)),
  }),
);

const byteOp: fc.Arbitrary<ByteOp> = fc.oneof(
  fc.record({kind: fc.constant("bitFlip" as const), at: fc.nat({max: 3000}), bit: fc.nat({max: 7})}),
  fc.record({kind: fc.constant("truncateFile" as const), at: fc.nat({max: 3000})}),
  fc.constant({kind: "bom" as const}),
  fc.record({kind: fc.constant("gbkField" as const), row: index, column: fc.nat({max: 15})}),
  fc.record({kind: fc.constant("insertBytes" as const), at: fc.nat({max: 3000}), bytes: fc.array(fc.nat({max: 255}), {minLength: 1, maxLength: 8})}),
);

export const mutation: fc.Arbitrary<Mutation> = fc.record({
  target: fc.constantFrom(...TARGETS),
  op: fc.oneof({weight: 3, arbitrary: textOp}, {weight: 2, arbitrary: byteOp}),
});

export const pureCase: fc.Arbitrary<Case> = fc.record({
  mutations: fc.array(mutation, {minLength: 1, maxLength: 3}),
  gzip: fc.constant({target: "stocks.csv" as const, how: "none" as const}),
});

export const loaderCase: fc.Arbitrary<Case> = fc.record({
  mutations: fc.array(mutation, {minLength: 0, maxLength: 3}),
  gzip: fc.record({
    target: fc.constantFrom("stocks.csv" as const, "indices.csv" as const, "members.csv" as const, "index-history.csv" as const),
    how: fc.constantFrom<Gzip>("none", "valid", "truncated", "garbage"),
  }),
});

const decoder = new TextDecoder("utf-8");
const encoder = new TextEncoder();

/** Applies one mutation to a file's bytes. Positions wrap around the file, so every op lands. */
export function applyOp(bytes: Uint8Array, op: Op): Uint8Array {
  switch (op.kind) {
    case "bitFlip": {
      if (bytes.length === 0) return bytes;
      const out = bytes.slice();
      const at = op.at % out.length;
      out[at] = (out[at] as number) ^ (1 << op.bit);
      return out;
    }
    case "truncateFile":
      return bytes.slice(0, bytes.length === 0 ? 0 : op.at % bytes.length);
    case "bom":
      return concat(Uint8Array.of(0xef, 0xbb, 0xbf), bytes);
    case "insertBytes": {
      const at = bytes.length === 0 ? 0 : op.at % (bytes.length + 1);
      return concat(bytes.slice(0, at), Uint8Array.from(op.bytes), bytes.slice(at));
    }
    case "gbkField": {
      // Splice GBK bytes in place of one field, keeping the rest of the file as it was.
      const marker = "\u0000GBK\u0000";
      const text = applyText(decoder.decode(bytes), {kind: "setField", row: op.row, column: op.column, value: marker});
      const [before, after = ""] = text.split(marker);
      return text.includes(marker) ? concat(encoder.encode(before), GBK_NAME, encoder.encode(after)) : encoder.encode(text);
    }
    default:
      return encoder.encode(applyText(decoder.decode(bytes), op));
  }
}

function applyText(text: string, op: TextOp): string {
  if (op.kind === "crlf") return text.replace(/\r?\n/g, "\r\n");
  if (op.kind === "strayQuote") {
    const at = op.at % (text.length + 1);
    return `${text.slice(0, at)}"${text.slice(at)}`;
  }
  if (op.kind === "metaValue") {
    let json: Record<string, unknown>;
    try {
      json = JSON.parse(text) as Record<string, unknown>;
    } catch {
      return text;
    }
    if (json === null || typeof json !== "object") return text;
    return `${JSON.stringify({...json, [op.key]: op.value}, null, 2)}\n`;
  }
  const lines = text.split("\n");
  const row = op.kind === "swapColumns" && op.row === "all" ? 0 : (op.row as number) % Math.max(lines.length, 1);
  const line = lines[row] ?? "";
  switch (op.kind) {
    case "truncateRow":
      lines[row] = line.slice(0, op.at % (line.length + 1));
      break;
    case "duplicateRow":
      lines.splice(row, 0, line);
      break;
    case "deleteRow":
      lines.splice(row, 1);
      break;
    case "setField": {
      const fields = line.split(",");
      fields[op.column % fields.length] = op.value;
      lines[row] = fields.join(",");
      break;
    }
    case "swapColumns": {
      const swap = (l: string) => {
        const fields = l.split(",");
        const a = op.a % fields.length;
        const b = op.b % fields.length;
        [fields[a], fields[b]] = [fields[b] as string, fields[a] as string];
        return fields.join(",");
      };
      if (op.row === "all") return lines.map(swap).join("\n");
      lines[row] = swap(line);
      break;
    }
  }
  return lines.join("\n");
}

/** A file stored gzip-compressed as the case says: good gzip, gzip cut short, or bytes that are not gzip. */
export function gzipAs(bytes: Uint8Array, how: Exclude<Gzip, "none">): Uint8Array {
  const gz = gzipSync(bytes);
  if (how === "valid") return gz;
  if (how === "truncated") return gz.subarray(0, Math.max(1, Math.floor(gz.length / 2)));
  // Not gzip at all, but starting like it (magic bytes) so that the loader must find out late.
  return concat(Uint8Array.of(0x1f, 0x8b, 0x08, 0x00), bytes.subarray(0, 64));
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
