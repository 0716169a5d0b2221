import {readFileSync} from "node:fs";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import type {VendorFile} from "../../src/import/vendorFile.ts";
import {parseSnapshot} from "../../src/snapshot/parseSnapshot.ts";
import type {Snapshot} from "../../src/snapshot/types.ts";
import {BASE_DIR} from "../snapshot/dataDir.ts";

export const FIXTURES = fileURLToPath(new URL("./fixtures", import.meta.url));

export const fixture = (name: string): VendorFile => ({name, bytes: readFileSync(join(FIXTURES, name))});

/** The base corpus snapshot of 2025-06-24, which the fixtures were made to reproduce. */
export function baseSnapshot(): Snapshot {
  const dir = join(BASE_DIR, "2025-06-24");
  const files = Object.fromEntries(
    ["meta.json", "stocks.csv", "indices.csv", "members.csv"].map((n) => [n, readFileSync(join(dir, n))]),
  );
  const parsed = parseSnapshot("2025-06-24", files);
  if (!parsed.ok) throw new Error("the base snapshot is invalid");
  return parsed.value;
}
