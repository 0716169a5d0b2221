import {isoDate, parse, UsageError} from "./args.ts";
import {loadDataState} from "./dataState.ts";
import {importListings} from "./importListings.ts";
import {finishImport} from "./finishImport.ts";
import {main} from "./main.ts";
import {fromAkshare, importTushare, type VendorFile} from "../import/index.ts";
import type {DataUpdate} from "../import/tushareDay.ts";
import {listSnapshotDates, loadMaster, readInputFile, sessionDataDir} from "../io/index.ts";
import type {Issue, Parsed} from "../snapshot/issue.ts";

const USAGE = `Usage: npm run import -- --from tushare --date YYYY-MM-DD --basic stock_basic.csv [--daily daily.csv]
                          [--limits stk_limit.csv] [--index-daily index_daily.csv]
                          [--namechange namechange.csv] [--trade-cal trade_cal.csv] [options]
       npm run import -- --from akshare --date YYYY-MM-DD --spot spot.csv [--session midday] [options]
       npm run import -- --from akshare --listings --date YYYY-MM-DD [--sh F] [--sz F] [--bj F] [--out DIR]

Converts a data vendor's export of one trading day into a snapshot folder DATA/DATE/ in our
format (see data/README.md), checks it as a brief would, and writes it atomically. Any input
may be gzip-compressed (.gz). Inputs must be UTF-8 (re-save GBK exports as UTF-8).

Tushare Pro: daily (ts_code, trade_date, open, high, low, close, pre_close, vol in lots, amount in
thousand yuan) and stock_basic (ts_code, name, list_date; ST from the name). Listed stocks with
no daily row are written as suspended at their last close in an earlier snapshot. Optional:
stk_limit (up_limit, down_limit) and index_daily (the five broad indices).
stock_basic also updates the security master (DATA/securities.csv, name-history.csv), and
namechange (ts_code, name, start_date, end_date) its dated names, which then give each stock's
name and ST status on the day; trade_cal (exchange, cal_date, is_open) updates DATA/calendar.csv.
Without --daily only the master (and calendar) are updated.
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
  --daily F  --basic F  --limits F  --index-daily F  --namechange F  --trade-cal F
                    Tushare files
  --spot F          AKShare spot table
  --listings        merge AKShare listing exports into the security master (with --sh/--sz/--bj)
  --sh F  --sz F  --bj F                               AKShare listing exports
  --session S       close (default) or midday (AKShare spot taken at the midday break;
                    written to DIR/midday/DATE/, beside that date's close)
  --out DIR         data folder to write into (default: data)
  --force           replace an existing DIR/DATE/
  --help            show this help

To pull a day straight from the Tushare Pro API instead, see npm run fetch -- --help.

Exit codes: 0 written; 2 bad input (each problem printed as file:row:column: message, nothing
written) or the folder exists without --force; 1 internal error.
`;

async function run(argv: string[]): Promise<number> {
  const {values} = parse(argv, {
    from: {type: "string"},
    date: {type: "string"},
    daily: {type: "string"},
    basic: {type: "string"},
    limits: {type: "string"},
    "index-daily": {type: "string"},
    namechange: {type: "string"},
    "trade-cal": {type: "string"},
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
  if (values.from === "tushare") {
    if (values.basic === undefined) throw new UsageError("tushare needs --basic (and --daily for a day's quotes)");
    if (values.daily === undefined && (values.limits !== undefined || values["index-daily"] !== undefined)) {
      throw new UsageError("--limits and --index-daily need --daily");
    }
  } else if (values.spot === undefined) {
    throw new UsageError("akshare needs --spot");
  }
  const writesDay = values.from === "akshare" || values.daily !== undefined;
  const dayDir = sessionDataDir(values.out, session);
  if (writesDay && (await listSnapshotDates(dayDir)).includes(date) && !values.force) {
    process.stderr.write(`${dayDir}/${date}/ exists: pass --force to replace it.\nNo file was changed.\n`);
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

  let imported: Parsed<DataUpdate> = {ok: false, issues: [], warnings: []};
  if (values.from === "tushare") {
    const basic = await read(values.basic, "--basic");
    const exports = {
      date,
      daily: await read(values.daily, "--daily"),
      limits: await read(values.limits, "--limits"),
      indexDaily: await read(values["index-daily"], "--index-daily"),
      namechange: await read(values.namechange, "--namechange"),
      tradeCal: await read(values["trade-cal"], "--trade-cal"),
    };
    const state = await loadDataState(values.out, date);
    if ("issues" in state) issues.push(...state.issues);
    if (basic && "state" in state && issues.length === 0) imported = importTushare({...exports, basic}, state.state);
  } else {
    const spot = await read(values.spot, "--spot");
    // Listing dates come from the security master; the spot import never writes it.
    const master = await loadMaster(values.out);
    if (!master.ok) issues.push(...master.issues.map((i) => ({...i, file: `${values.out}/${i.file}`})));
    if (spot && master.ok && issues.length === 0) imported = snapshotOnly(fromAkshare({date, spot, session, master: master.value}));
  }
  return finishImport({out: values.out, date, force: values.force, imported, issues});
}

/** A converter's snapshot as an update of data/ that leaves the master and calendar alone. */
function snapshotOnly(parsed: ReturnType<typeof fromAkshare>): Parsed<DataUpdate> {
  return parsed.ok ? {...parsed, value: {snapshot: parsed.value, master: null, calendar: null}} : parsed;
}

await main(() => run(process.argv.slice(2)), USAGE);
