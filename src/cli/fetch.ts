import {isoDate, parse, UsageError} from "./args.ts";
import {loadDataState} from "./dataState.ts";
import {finishImport} from "./finishImport.ts";
import {main} from "./main.ts";
import {tablesFile, tushareDownloads, type AnswerTable} from "../fetch/index.ts";
import {importTushare, type TushareExports, type VendorFile} from "../import/index.ts";
import {callTushare, listSnapshotDates, type TushareApi} from "../io/index.ts";
import {formatIssue} from "../snapshot/issue.ts";

const USAGE = `Usage: npm run fetch -- --date YYYY-MM-DD [--out data] [--force]

Pulls one trading day from the Tushare Pro API (daily, stk_limit, index_daily of the five broad
indices, stock_basic, namechange, trade_cal of the year) and writes it as \`npm run import --
--from tushare\` would: the day folder DATA/DATE/, the security master (securities.csv,
name-history.csv) and calendar.csv, checked, all together or none.

Environment:
  TUSHARE_TOKEN           your Tushare Pro token (required)
  TUSHARE_API_URL         the API's address (default http://api.tushare.pro)
  TUSHARE_RETRIES         attempts per request on network errors, HTTP 5xx and 429 (default 5)
  TUSHARE_RETRY_BASE_MS   first retry delay, doubling each time (default 1000)
  TUSHARE_TIMEOUT_MS      how long to wait for one answer (default 60000)

Options:
  --date D     the trade date
  --out DIR    data folder to write into (default: data)
  --force      replace an existing DIR/DATE/
  --help       show this help

Exit codes: 0 written; 2 no token, the API refused or could not be reached, bad data (each
problem printed, nothing written) or the folder exists without --force; 1 internal error.
`;

const DEFAULT_URL = "http://api.tushare.pro";

function whole(name: string, fallback: number, min: number): number {
  const text = process.env[name];
  if (text === undefined || text === "") return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`${name}="${text}" is not a whole number of ${min} or more`);
  return n;
}

async function run(argv: string[]): Promise<number> {
  const {values} = parse(argv, {
    date: {type: "string"},
    out: {type: "string", default: "data"},
    force: {type: "boolean", default: false},
    help: {type: "boolean", default: false},
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const date = isoDate(values.date, "--date");
  if (date === undefined) throw new UsageError("--date is required");
  const token = process.env.TUSHARE_TOKEN?.trim() ?? "";
  if (token === "") {
    process.stderr.write("TUSHARE_TOKEN is not set: export your Tushare Pro token (tushare.pro, user centre) and run again.\nNo file was changed.\n");
    return 2;
  }
  const api: TushareApi = {
    url: process.env.TUSHARE_API_URL || DEFAULT_URL,
    token,
    tries: whole("TUSHARE_RETRIES", 5, 1),
    retryBaseMs: whole("TUSHARE_RETRY_BASE_MS", 1000, 0),
    timeoutMs: whole("TUSHARE_TIMEOUT_MS", 60_000, 1),
    onRetry: (message) => process.stderr.write(`warning: ${message}\n`),
  };
  if ((await listSnapshotDates(values.out)).includes(date) && !values.force) {
    process.stderr.write(`${values.out}/${date}/ exists: pass --force to replace it.\nNo file was changed.\n`);
    return 2;
  }
  const state = await loadDataState(values.out, date);
  if ("issues" in state) {
    for (const i of state.issues) process.stderr.write(`${formatIssue(i)}\n`);
    process.stderr.write("No file was changed.\n");
    return 2;
  }

  const files: Partial<Record<keyof TushareExports, VendorFile>> = {};
  for (const download of tushareDownloads(date)) {
    const tables: AnswerTable[] = [];
    for (const request of download.requests) {
      const result = await callTushare(api, request);
      if (!result.ok) {
        process.stderr.write(`${result.message}\nNo file was changed.\n`);
        return 2;
      }
      tables.push(result.table);
    }
    if (download.input === "daily" && tables.every((t) => t.items.length === 0)) {
      process.stderr.write(`Tushare Pro has no daily quotes for ${date}: not a trading day, or not published yet (Tushare loads the day between 15:00 and 16:00 Beijing time).\nNo file was changed.\n`);
      return 2;
    }
    files[download.input] = tablesFile(download.name, tables);
  }
  const {basic} = files;
  if (!basic) throw new Error("stock_basic was not downloaded");
  const imported = importTushare({...files, date, basic}, state.state);
  return finishImport({out: values.out, date, force: values.force, imported});
}

await main(() => run(process.argv.slice(2)), USAGE);
