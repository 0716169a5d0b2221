import {z} from "zod";
import type {Parsed} from "./issue.ts";
import type {SnapshotMeta} from "./types.ts";
import {decodeText} from "./decodeText.ts";
import {issueLog, parsedFrom, type IssueLog} from "./issueLog.ts";

const shown = (value: unknown) => (value === undefined ? "missing" : JSON.stringify(value));

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
  const text = decodeText(bytes, log);
  if (text === null) return null;
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
