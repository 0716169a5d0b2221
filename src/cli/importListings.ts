/**
 * `npm run import -- --from akshare --listings --date D --sh F --sz F --bj F [--out DIR]`: merges
 * the exchanges' listing exports into DIR/securities.csv and DIR/name-history.csv. Nothing is
 * written when any file has an error; the result is read back through parseMaster before it is.
 */
import {readListings, type ListingFiles} from "../import/akshareListings.ts";
import {masterFiles} from "../import/masterFiles.ts";
import {mergeListings} from "../import/mergeListings.ts";
import type {VendorFile} from "../import/vendorFile.ts";
import {loadMaster, readInputFile, writeDataFiles} from "../io/index.ts";
import {formatIssue, type Issue} from "../snapshot/issue.ts";
import {parseMaster} from "../snapshot/parseMaster.ts";
import {UsageError} from "./args.ts";

export interface ListingsArgs {
  date: string;
  out: string;
  sh?: string;
  sz?: string;
  bj?: string;
}

const encoder = new TextEncoder();

export async function importListings(args: ListingsArgs): Promise<number> {
  if (args.sh === undefined && args.sz === undefined && args.bj === undefined) {
    throw new UsageError("--listings needs at least one of --sh, --sz, --bj");
  }
  const issues: Issue[] = [];
  const files: ListingFiles = {};
  for (const exchange of ["sh", "sz", "bj"] as const) {
    const path = args[exchange];
    if (path === undefined) continue;
    const read = await readInputFile(path);
    if ("issue" in read) issues.push({...read.issue, message: `--${exchange}: ${read.issue.message}`});
    else files[exchange] = {name: path, bytes: read.bytes} satisfies VendorFile;
  }
  const master = await loadMaster(args.out);
  if (!master.ok) issues.push(...master.issues.map((i) => ({...i, file: `${args.out}/${i.file}`})));
  const {listings, logs} = readListings(files);
  const warnings = logs.flatMap((log) => log.warnings());
  issues.push(...logs.flatMap((log) => log.errors()));
  let written: Record<string, string> | null = null;
  let summary = "";
  if (issues.length === 0 && master.ok) {
    const merged = mergeListings(master.value, listings, args.date);
    warnings.push(...merged.warnings);
    written = masterFiles(merged.master);
    // What we write must load again; if not, the merge has a bug or the exports were odd.
    const check = parseMaster({
      securities: {file: "securities.csv", bytes: encoder.encode(written["securities.csv"])},
      nameHistory: {file: "name-history.csv", bytes: encoder.encode(written["name-history.csv"])},
    });
    if (!check.ok) issues.push(...check.issues.map((i) => ({...i, message: `${i.message} (in the merged security master)`})));
    const {added, listDatesFilled, renamed} = merged.changes;
    summary = `${merged.master.securities.size} stocks (${added} added, ${listDatesFilled} listing dates filled, ${renamed} renamed) from ${listings.length} listed`;
  }
  for (const w of warnings) process.stderr.write(`warning: ${formatIssue(w)}\n`);
  if (issues.length > 0 || written === null) {
    for (const i of issues) process.stderr.write(`${formatIssue(i)}\n`);
    process.stderr.write("No file was changed.\n");
    return 2;
  }
  await writeDataFiles(args.out, written);
  process.stderr.write(`wrote ${args.out}/securities.csv and name-history.csv: ${summary}\n`);
  return 0;
}
