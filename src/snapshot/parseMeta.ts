import {z} from "zod";
import type {Parsed} from "./issue.ts";
import type {SnapshotMeta} from "./types.ts";
import {decodeText} from "./decodeText.ts";
import {issueLog, parsedFrom, type IssueLog} from "./issueLog.ts";

/**
 * A value for a message. Never JSON.stringify of an object or array: a value nested deep enough
 * overflows the stack (a meta.json 500,000 levels deep crashed the brief), and it is noise.
 */
function shown(value: unknown): string {
  if (value === undefined) return "missing";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object" && value !== null) return "an object";
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 56)}…"` : text;
}

/** meta.json is four short fields: anything bigger is not one, and is refused before parsing. */
export const MAX_META_BYTES = 64 * 1024;

/** How deep meta.json's values may nest: the format's are flat; a little room for extra keys. */
export const MAX_META_DEPTH = 16;

const META = z.object({
  session: z.enum(["close", "midday"], {error: (i) => `session ${shown(i.input)}: expected "close" or "midday"`}),
  timezone: z.literal("Asia/Shanghai", {error: (i) => `timezone ${shown(i.input)}: expected "Asia/Shanghai"`}),
  source: z.string({error: (i) => `source ${shown(i.input)}: expected the attribution line as text`}).trim().min(1, {
    error: "source is empty: expected the attribution line shown on the brief",
  }),
});

/** meta.json → metadata; its date must equal the folder's name. */
export function parseMeta(file: string, bytes: Uint8Array, folder: string): Parsed<SnapshotMeta> {
  const log = issueLog(file);
  return parsedFrom([log], readMeta(bytes, folder, log) as SnapshotMeta);
}

export function readMeta(bytes: Uint8Array, folder: string, log: IssueLog): SnapshotMeta | null {
  if (bytes.length > MAX_META_BYTES) {
    log.error(1, 1, `file is ${bytes.length} bytes: expected a small JSON object of at most ${MAX_META_BYTES / 1024} KiB`);
    return null;
  }
  const text = decodeText(bytes, log);
  if (text === null) return null;
  const deep = tooDeepAt(text);
  if (deep !== null) {
    log.error(...place(text, deep), `values nested more than ${MAX_META_DEPTH} levels deep: expected an object like {"date": "${folder}", ...}`);
    return null;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const at = /position (\d+)/.exec(String(error));
    const [row, column] = place(text, at ? Number(at[1]) : text.length);
    // V8's reason without its "in JSON at position …" tail, which the row and column replace.
    const reason = (error as Error).message.replace(/ in JSON at position.*$/s, "");
    log.error(row, column, `not valid JSON (${reason}): expected an object like {"date": "${folder}", ...}`);
    return null;
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    log.error(1, 1, `found ${Array.isArray(json) ? "an array" : typeof json}: expected a JSON object`);
    return null;
  }
  const record = json as Record<string, unknown>;
  const date = record["date"];
  if (date !== folder) {
    log.error(...keyPlace(text, "date"), `date ${shown(date)} does not match the folder name: expected "${folder}"`);
  }
  const result = META.safeParse(json);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const key = String(issue.path[0] ?? "");
      if (key !== "date") log.error(...keyPlace(text, key), issue.message);
    }
    return null;
  }
  if (log.hasErrors()) return null;
  const {session, timezone, source} = result.data;
  return {date: folder, session, timezone, source};
}

/**
 * The offset of the first bracket that opens a level past MAX_META_DEPTH, or null. A scan of the
 * text (strings skipped), so that nothing recursive ever sees such a value.
 */
function tooDeepAt(text: string): number | null {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > MAX_META_DEPTH) return i;
    } else if (c === 0x5d || c === 0x7d) {
      depth--;
    }
  }
  return null;
}

/** Row and column (1-based) of a character offset. */
function place(text: string, offset: number): [number, number] {
  const before = text.slice(0, offset).split("\n");
  return [before.length, (before.at(-1) ?? "").length + 1];
}

/** Where a key's value stands in the JSON text; row 1, column 1 when the key is absent. */
function keyPlace(text: string, key: string): [number, number] {
  const m = new RegExp(`"${key}"\\s*:\\s*`).exec(text);
  return m ? place(text, m.index + m[0].length) : [1, 1];
}
