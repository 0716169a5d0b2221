/**
 * Stable text for the snapshot files (fen as yuan: market/fen.ts): thousandths of a point with
 * exactly three decimals, CSV fields quoted only when they must be (comma, quote, line
 * break), LF line ends, and gzip with a fixed level and no name or timestamp in its header.
 */
import {gzipSync} from "node:zlib";

/** 1009808 → "1009.808". */
export const milliText = (milli: number) => `${Math.floor(milli / 1000)}.${String(milli % 1000).padStart(3, "0")}`;

export {csvText} from "../snapshot/csvText.ts";

/**
 * Deterministic gzip: level 9, and Node's gzip header carries no file name and mtime 0; the
 * OS byte is set to 255 ("unknown") so the bytes do not depend on the platform either.
 */
export function gzip(text: string): Uint8Array {
  const bytes = gzipSync(Buffer.from(text, "utf8"), {level: 9});
  bytes[9] = 255;
  return bytes;
}
