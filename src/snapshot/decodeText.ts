import type {IssueLog} from "./issueLog.ts";

// The default (ignoreBOM: false) drops a leading UTF-8 byte order mark, which the format allows.
const utf8 = new TextDecoder("utf-8", {fatal: true});
const utf8Lenient = new TextDecoder("utf-8");
const gb18030 = new TextDecoder("gb18030", {fatal: true});

/**
 * The text of a file, or null (with an error logged) when the bytes are not UTF-8. Chinese
 * vendor exports are often GBK/GB18030, so the message says so when the bytes decode that way.
 */
export function decodeText(bytes: Uint8Array, log: IssueLog): string | null {
  try {
    return utf8.decode(bytes);
  } catch {
    // Locate the first bad byte by where the lenient decoder put its first replacement char.
    const lenient = utf8Lenient.decode(bytes);
    const bad = Math.max(lenient.indexOf("\uFFFD"), 0);
    const row = lenient.slice(0, bad).split("\n").length;
    log.error(row, 1, notUtf8Message(bytes, row));
    return null;
  }
}

function notUtf8Message(bytes: Uint8Array, row: number): string {
  let asGb: string;
  try {
    asGb = gb18030.decode(bytes);
  } catch {
    return "file is not UTF-8 and not GBK/GB18030 either: re-save it as UTF-8";
  }
  const line = (asGb.split(/\r?\n/)[row - 1] ?? "").slice(0, 40);
  return `file is not UTF-8: it reads as GBK/GB18030 ("${line}"); re-save it as UTF-8`;
}
