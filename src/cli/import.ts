import {isoDate, parse, UsageError} from "./args.ts";
import {importListings} from "./importListings.ts";
import {main} from "./main.ts";
import {fromAkshare, fromTushare, snapshotFiles, type Imported, type VendorFile} from "../import/index.ts";
import {listSnapshotDates, loadMaster, loadSnapshot, readInputFile, writeSnapshotFolder} from "../io/index.ts";
import {formatIssue, type Issue} from "../snapshot/issue.ts";
import {parseSnapshot} from "../snapshot/parseSnapshot.ts";

const USAGE = `Usage: npm run import -- --from tushare --date YYYY-MM-DD --daily daily.csv --basic stock_basic.csv
                          [--limits stk_limit.csv] [--index-daily index_daily.csv] [options]
       npm run import -- --from akshare --date YYYY-MM-DD --spot spot.csv [--session midday] [options]
       npm run import -- --from akshare --listings --date YYYY-MM-DD [--sh F] [--sz F] [--bj F] [--out DIR]

Converts a data vendor's export of one trading day into a snapshot folder DATA/DATE/ in our
format (see data/README.md), checks it as a brief would, and writes it atomically. Any input
may be gzip-compressed (.gz), start with a BOM and use CRLF. Inputs must be UTF-8 (re-save GBK
exports as UTF-8).

Tushare Pro: daily (ts_code, trade_date, open, high, low, close, pre_close, vol in lots, amount in
thousand yuan) and stock_basic (ts_code, name, list_date; ST from the name). Listed stocks with
no daily row are written as suspended at their last close in an earlier snapshot. Optional:
stk_limit (up_limit, down_limit) and index_daily (the five broad indices).
AKShare spot: stock_zh_a_spot_em (East Money: 代码 six digits, 成交量 in lots) or stock_zh_a_spot
(Sina: 代码 like sh600000, 成交量 in shares; with or without its index column and 时间戳), told
apart by the header (Sina has 买入/卖出). Read: 代码, 名称, 最新价, 昨收, 今开, 最高, 最低, 成交量,
成交额 (yuan). Names lose the vendors' padding spaces (五 粮 液 → 五粮液), nothing else; ST from
the name's prefix. Listing dates from DIR/securities.csv when it knows the code, else empty.
No indices. Odd rows never block the day: each gets one warning (file:row:column) and a
summary counts them: no 昨收 (not listed yet / delisted) → left out; no 最新价 (empty, or Sina's
0.0) → written as suspended; 最新价 = 昨收 with no 今开/最高/最低/成交量 → suspended; a price with
no bar, a bad code or value, a repeated code → left out.
AKShare listings (--listings): stock_info_sh_name_code (证券代码, 证券简称, 上市日期),
stock_info_sz_name_code (A股代码, A股简称, A股上市日期), stock_info_bj_name_code (证券代码,
证券简称, 上市日期), other columns ignored; dates YYYY-MM-DD, YYYYMMDD or "YYYY-MM-DD 00:00:00".
Merged into DIR/securities.csv and DIR/name-history.csv: new codes added, empty listing dates
filled, a new name ends the old one the day before --date and starts on --date. The spot
import never writes these files.

Options:
  --from VENDOR     tushare or akshare
  --date D          the trade date of the export (with --listings: the day they were taken)
  --daily F  --basic F  --limits F  --index-daily F     Tushare files
  --spot F          AKShare spot table
  --listings        merge AKShare listing exports into the security master (with --sh/--sz/--bj)
  --sh F  --sz F  --bj F                               AKShare listing exports
  --session S       close (default) or midday (AKShare spot taken at the midday break)
  --out DIR         data folder to write into (default: data)
  --force           replace an existing DIR/DATE/
  --help            show this help

Exit codes: 0 written; 2 bad input (each problem printed as file:row:column: message, nothing
written) or the folder exists without --force; 1 internal error.
`;

const encoder = new TextEncoder();

async function run(argv: string[]): Promise<number> {
  const {values} = parse(argv, {
    from: {type: "string"},
    date: {type: "string"},
    daily: {type: "string"},
    basic: {type: "string"},
    limits: {type: "string"},
    "index-daily": {type: "string"},
    spot: {type: "string"},
    listings: {type: "boolean", default: false},
    sh: {type: "string"},
    sz: {type: "string"},
    bj: {type: "string"},
    session: {type: "string", default: "close"},
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
  if (values.session !== "close" && values.session !== "midday") {
    throw new UsageError(`--session "${values.session}" is not close or midday`);
  }
  const session = values.session;
  if (values.from !== "tushare" && values.from !== "akshare") {
    throw new UsageError(`--from "${values.from ?? ""}" is not tushare or akshare`);
  }
  if (values.listings) {
    if (values.from !== "akshare") throw new UsageError("--listings reads AKShare's listing exports: use it with --from akshare");
    return importListings({date, out: values.out, sh: values.sh, sz: values.sz, bj: values.bj});
  }
  if ((await listSnapshotDates(values.out)).includes(date) && !values.force) {
    process.stderr.write(`${values.out}/${date}/ exists: pass --force to replace it.\nNo file was changed.\n`);
    return 2;
  }

  const issues: Issue[] = [];
  const read = async (path: string | undefined, flag: string): Promise<VendorFile | undefined> => {
    if (path === undefined) return undefined;
    const result = await readInputFile(path);
    if ("issue" in result) {
      issues.push({...result.issue, message: `${flag}: ${result.issue.message}`});
      return undefined;
    }
    return {name: path, bytes: result.bytes};
  };

  let imported: Imported | null = null;
  if (values.from === "tushare") {
    if (values.daily === undefined || values.basic === undefined) throw new UsageError("tushare needs --daily and --basic");
    const daily = await read(values.daily, "--daily");
    const basic = await read(values.basic, "--basic");
    const limits = await read(values.limits, "--limits");
    const indexDaily = await read(values["index-daily"], "--index-daily");
    const previousCloseFen = await previousCloses(values.out, date);
    if (daily && basic && issues.length === 0) {
      imported = fromTushare({date, daily, basic, limits, indexDaily, previousCloseFen});
    }
  } else if (values.from === "akshare") {
    if (values.spot === undefined) throw new UsageError("akshare needs --spot");
    const spot = await read(values.spot, "--spot");
    // Listing dates come from the security master; the spot import never writes it.
    const master = await loadMaster(values.out);
    if (!master.ok) issues.push(...master.issues.map((i) => ({...i, file: `${values.out}/${i.file}`})));
    if (spot && master.ok && issues.length === 0) imported = fromAkshare({date, spot, session, master: master.value});
  } else {
    throw new UsageError(`--from "${values.from ?? ""}" is not tushare or akshare`);
  }

  const warnings = imported?.warnings ?? [];
  if (imported && !imported.ok) issues.push(...imported.issues);
  let files: Record<string, string> | null = null;
  if (imported?.ok) {
    files = snapshotFiles(imported.value);
    // Our own output must pass the checks every brief runs; if not, the vendor data was odd.
    const encoded = Object.fromEntries(Object.entries(files).map(([name, text]) => [name, encoder.encode(text)]));
    const check = parseSnapshot(date, encoded);
    warnings.push(...check.warnings);
    if (!check.ok) {
      issues.push(...check.issues.map((i) => ({...i, message: `${i.message} (in the converted snapshot)`})));
    }
  }
  for (const w of warnings) process.stderr.write(`warning: ${formatIssue(w)}\n`);
  if (issues.length > 0 || !files || !imported?.ok) {
    for (const i of issues) process.stderr.write(`${formatIssue(i)}\n`);
    process.stderr.write("No file was changed.\n");
    return 2;
  }
  if (!(await writeSnapshotFolder(values.out, date, files, {force: values.force}))) {
    process.stderr.write(`${values.out}/${date}/ exists: pass --force to replace it.\nNo file was changed.\n`);
    return 2;
  }
  const {stocks, indices, meta} = imported.value;
  const suspended = stocks.filter((s) => s.suspended).length;
  process.stderr.write(
    `wrote ${values.out}/${date}/: ${stocks.length} stocks (${suspended} suspended), ${indices.length} indices, from ${meta.source}\n`,
  );
  return 0;
}

/**
 * The last known close of every stock in the latest earlier close-session snapshot, for stocks
 * suspended today (a midday snapshot's prices are not closes). Empty when there is none.
 */
async function previousCloses(dataDir: string, date: string): Promise<Map<string, number>> {
  const closes = new Map<string, number>();
  for (const earlier of (await listSnapshotDates(dataDir)).filter((d) => d < date).reverse()) {
    const snapshot = await loadSnapshot(dataDir, earlier);
    if (!snapshot.ok) {
      process.stderr.write(`warning: ${dataDir}/${earlier}/ is invalid, so suspended stocks' last closes are unknown\n`);
      return closes;
    }
    if (snapshot.value.meta.session !== "close") continue;
    // Suspended then too: its previous close is still the last close.
    for (const s of snapshot.value.stocks) closes.set(s.code, s.closeFen ?? s.prevCloseFen);
    return closes;
  }
  return closes;
}

await main(() => run(process.argv.slice(2)), USAGE);
