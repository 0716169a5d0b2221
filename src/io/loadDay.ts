import {DAY_FILES, type SnapshotFiles} from "../snapshot/dayFiles.ts";
import {isIsoDate} from "../snapshot/fields.ts";
import {datesBefore, mergeIndexBars, tradingCalendar} from "../snapshot/history.ts";
import type {Issue, Parsed} from "../snapshot/issue.ts";
import {parseIndexHistory} from "../snapshot/parseIndexHistory.ts";
import {parseDayIndices, parseSnapshot} from "../snapshot/parseSnapshot.ts";
import type {Day, IndexBar, IndexQuote, Snapshot} from "../snapshot/types.ts";
import {diskCache, type Codec, type DiskCached} from "./diskCache.ts";
import {folderLister, type FolderLister} from "./folderLister.ts";
import {parseCache, type ParseCache} from "./parseCache.ts";
import {findDataFiles, readDataFile, withGz, type DataFile} from "./readDataFiles.ts";
import {loadCalendarFile, loadMaster, MASTER_FILE_NAMES} from "./loadMaster.ts";
import {exchangeSessions} from "../market/calendar.ts";
import {lowerBound} from "../market/sessionsListed.ts";
import {join} from "node:path";
import {MIDDAY_DIR, snapshotFolder} from "./listSnapshotDates.ts";

/** The master's files as found, for the cache key (a changed file is read afresh). */
const masterFiles = (dataDir: string) =>
  findDataFiles(dataDir, withGz([MASTER_FILE_NAMES.securities, MASTER_FILE_NAMES.nameHistory]));

/** Earlier close sessions kept whole in History.days: enough for streaks and month-to-date. */
export const HISTORY_DAYS = 30;

export const INDEX_HISTORY_FILES = withGz(["index-history.csv"]);

/** What one loader keeps: parsed files in memory, and the disk cache of parse results. */
interface Caches {
  // Full days: a backfill walking forward needs the last HISTORY_DAYS of them at a time.
  day: ParseCache;
  // Index quotes of every earlier day, small: enough for years of trading days.
  indices: ParseCache;
  history: ParseCache;
  master: ParseCache;
  calendarFile: ParseCache;
  disk: DiskCached;
  list: FolderLister;
  /** By data folder: what the folders before the history window add, built up folder by folder (see olderFolders). */
  older: Map<string, OlderPrefix>;
  /** By data folder: the whole trading calendar of the data, and the inputs it was made from. */
  calendar: Map<string, {inputs: readonly unknown[]; dates: string[]}>;
}

/** At most this many errors of folders before the history window are listed per day; then one line counts the rest. */
export const MAX_EARLIER_ISSUES = 50;

export interface Loader {
  /** The snapshot of a date with its history; see loadDay below. `midday`: the one in data/midday/DATE/. */
  loadDay(dataDir: string, date: string, midday?: boolean): Promise<Parsed<Day>>;
  /** One day folder's snapshot alone, without history (cached like loadDay's). */
  loadSnapshot(dataDir: string, folder: string): Promise<Parsed<Snapshot>>;
  /** How often a parsed file was reused ("hits") or parsed ("misses") by this loader. */
  stats(): Record<"days" | "indices" | "history", {hits: number; misses: number; size: number}>;
}

/**
 * A loader of data/ whose caches live as long as it does: parsed files in memory (by path, size
 * and modification time) and parse results on disk in `parsedDir`. The CLI makes one per run.
 */
export function createLoader(parsedDir: string, list: FolderLister = folderLister()): Loader {
  const c: Caches = {
    day: parseCache(HISTORY_DAYS + 4),
    indices: parseCache(10_000),
    history: parseCache(4),
    master: parseCache(2),
    calendarFile: parseCache(2),
    disk: diskCache(parsedDir),
    list,
    older: new Map(),
    calendar: new Map(),
  };
  return {
    loadDay: (dataDir, date, midday = false) => loadDay(c, dataDir, date, midday),
    loadSnapshot: (dataDir, folder) => loadFolder(c, dataDir, folder, {keepOnDisk: false}),
    stats: () => ({days: c.day.stats(), indices: c.indices.stats(), history: c.history.stats()}),
  };
}

/**
 * The snapshot of `date` (data/DATE/) with its history: the trading calendar, the earlier
 * close sessions of the last HISTORY_DAYS trading days (parsed in full, so an invalid earlier
 * day is an error too), and index bars from index-history.csv(.gz) merged with every earlier
 * folder's indices.csv (the folder wins). Reads only; parsed files are cached by path, size
 * and modification time. Warnings are the day's own and the index history's.
 */
async function loadDay(c: Caches, dataDir: string, date: string, midday = false): Promise<Parsed<Day>> {
  const folders = await c.list(dataDir);
  // A midday snapshot kept beside the close (data/midday/DATE/) has the history of its date:
  // the close sessions before it, never the close of the same date.
  const present = midday ? isIsoDate(date) && (await findDataFiles(dataDir, [`${snapshotFolder(date, true)}/meta.json`])).length > 0 : folders.includes(date);
  if (!isIsoDate(date) || !present) {
    const message = isIsoDate(date)
      ? `no snapshot folder for ${date} in ${dataDir}: expected a folder ${date}/ with ${DAY_FILES.join(", ")}`
      : `"${date}" is not a date: expected YYYY-MM-DD`;
    return {ok: false, issues: [{file: date, row: 1, column: 1, message}], warnings: []};
  }
  const issues: Issue[] = [];
  // Only the newest folders are worth keeping parsed on disk: tomorrow's brief reads them as
  // its history. Older ones are read again only by a backfill, which parses them anyway.
  const recent = new Set(folders.slice(-(HISTORY_DAYS + 2)));
  const keep = (folder: string) => ({keepOnDisk: recent.has(folder)});
  const day = midday ? await loadMiddayFolder(c, dataDir, date) : await loadFolder(c, dataDir, date, keep(date));
  if (!day.ok) issues.push(...day.issues);

  const history = await loadIndexHistory(c, dataDir);
  if (!history.ok) issues.push(...history.issues);
  const master = await c.master.get(cacheKey("master", dataDir, await masterFiles(dataDir)), () => loadMaster(dataDir));
  if (!master.ok) issues.push(...master.issues);
  // Cached like the master, so that the calendar made from it is made once per run (calendarUpTo).
  const calendarFiles = await findDataFiles(dataDir, withGz([MASTER_FILE_NAMES.calendar]));
  const calendarFile = await c.calendarFile.get(cacheKey("calendar", dataDir, calendarFiles), () => loadCalendarFile(dataDir));
  if (!calendarFile.ok) issues.push(...calendarFile.issues);
  const historyBars = history.ok ? history.value.bars : {};
  const calendar = calendarUpTo(c, dataDir, date, history.ok ? history.value.dates : [], calendarFile.ok ? calendarFile.value : null, folders);
  const window = datesBefore(calendar, date, HISTORY_DAYS);

  // Folders before `date`: those before the window (every folder from the window's first date on
  // is in it, since each folder's date is in the calendar), then those in it.
  const before = lowerBound(folders, date);
  const windowStart = Math.min(lowerBound(folders, window[0] ?? date), before);
  const older = await olderFolders(c, dataDir, folders, windowStart);
  issues.push(...older.issues);
  const days: Snapshot[] = [];
  const folderBars: IndexBar[] = older.bars;
  for (const folder of folders.slice(windowStart, before)) {
    // A midday snapshot is half a day: neither an earlier day nor a daily bar.
    const earlier = await loadFolder(c, dataDir, folder, keep(folder));
    if (!earlier.ok) issues.push(...earlier.issues);
    else if (earlier.value.meta.session === "close") {
      days.push(earlier.value);
      folderBars.push(...barsOf(folder, earlier.value.indices));
    }
  }

  const warnings = [...day.warnings, ...history.warnings, ...master.warnings, ...calendarFile.warnings];
  if (issues.length > 0 || !day.ok || !master.ok) return {ok: false, issues, warnings};
  const indexBars = mergeIndexBars(date, historyBars, folderBars);
  return {ok: true, value: {snapshot: day.value, history: {calendar, days, indexBars, master: master.value}}, warnings};
}

/**
 * The trading calendar up to `date`: the whole calendar of the data (made once while its inputs
 * stay the same objects, as the caches and the folder lister keep them) cut at `date`. The same
 * as tradingCalendar(date, …), since every date it adds beyond the known sessions is a date of
 * the data, and `date` is a folder's; but not a Set of 9,000 sessions rebuilt for each day.
 */
function calendarUpTo(
  c: Caches,
  dataDir: string,
  date: string,
  historyDates: readonly string[],
  calendarFile: {open: string[]; closed: string[]} | null,
  folders: readonly string[],
): string[] {
  const inputs = [historyDates, calendarFile, folders];
  let known = c.calendar.get(dataDir);
  if (!known || known.inputs.some((input, i) => input !== inputs[i])) {
    const last = [folders.at(-1), historyDates.at(-1), ...(calendarFile?.open ?? [])].reduce<string>((a, d) => (d !== undefined && d > a ? d : a), date);
    const sessions = {sessions: exchangeSessions(), ...(calendarFile ?? {open: [], closed: []})};
    known = {inputs, dates: tradingCalendar(last > date ? last : date, sessions, historyDates, folders)};
    c.calendar.set(dataDir, known);
  }
  const dates = known.dates;
  const end = lowerBound(dates, date);
  // `date` is a folder, so in the whole calendar; should it not be, the calendar is made for it alone.
  if (dates[end] !== date) {
    return tradingCalendar(date, {sessions: exchangeSessions(), ...(calendarFile ?? {open: [], closed: []})}, historyDates, folders);
  }
  return dates.slice(0, end + 1);
}

/**
 * What the folders before the history window give a day: their index bars (close sessions)
 * and their errors. Built up one folder at a time and kept for the run: a backfill walking
 * forward adds a folder or two per day instead of walking (and stat'ing) every earlier folder
 * again, which made a backfill over 10,000 folders quadratic. Kept while the folder listing is
 * the same; a file changed inside such an old folder during a run is seen by the next run.
 */
interface OlderPrefix {
  folders: readonly string[];
  bars: IndexBar[];
  /** barEnd[k], issueEnd[k]: how many bars and issues the first k folders gave. */
  barEnd: number[];
  issues: Issue[];
  issueEnd: number[];
}

async function olderFolders(c: Caches, dataDir: string, folders: readonly string[], count: number): Promise<{bars: IndexBar[]; issues: Issue[]}> {
  let p = c.older.get(dataDir);
  if (!p || p.folders !== folders) {
    p = {folders, bars: [], barEnd: [0], issues: [], issueEnd: [0]};
    c.older.set(dataDir, p);
  }
  for (let k = p.barEnd.length - 1; k < count; k++) {
    // Older days count only for their index bars: parse just meta.json and indices.csv.
    const indices = await loadFolderIndices(c, dataDir, folders[k] as string);
    if (!indices.ok) p.issues.push(...indices.issues);
    else if (indices.value.session === "close") p.bars.push(...indices.value.bars);
    p.barEnd.push(p.bars.length);
    p.issueEnd.push(p.issues.length);
  }
  const issueCount = p.issueEnd[count] as number;
  const issues = p.issues.slice(0, Math.min(issueCount, MAX_EARLIER_ISSUES));
  const first = p.issues[MAX_EARLIER_ISSUES];
  if (issueCount > MAX_EARLIER_ISSUES && first) {
    // Every day after a broken folder repeats its errors: a few are enough to say why.
    const message = `${issueCount - MAX_EARLIER_ISSUES} more errors in earlier day folders not listed (only the first ${MAX_EARLIER_ISSUES} are shown)`;
    issues.push({file: first.file, row: first.row, column: first.column, message});
  }
  return {bars: p.bars.slice(0, p.barEnd[count]), issues};
}

/** Reads the existing files among `names` of a folder into name → bytes (gunzipped), with issues for broken gzip. */
async function readFolder(found: DataFile[], folder: string): Promise<{files: SnapshotFiles; issues: Issue[]}> {
  const files: SnapshotFiles = {};
  const issues: Issue[] = [];
  for (const file of found) {
    const read = await readDataFile(file);
    if ("issue" in read) issues.push(read.issue);
    else files[file.name.slice(folder.length + 1)] = read.bytes;
  }
  return {files, issues};
}

const cacheKey = (kind: string, dataDir: string, found: DataFile[], folder = "") =>
  [kind, dataDir, folder, ...found.map((f) => f.signature)].join("\n");

async function loadFolder(c: Caches, dataDir: string, folder: string, {keepOnDisk}: {keepOnDisk: boolean}): Promise<Parsed<Snapshot>> {
  const found = await findDataFiles(dataDir, withGz(DAY_FILES).map((n) => `${folder}/${n}`));
  return c.day.get(cacheKey("day", dataDir, found, folder), async () => {
    const {files, issues} = await readFolder(found, folder);
    if (issues.length > 0) return {ok: false, issues, warnings: []} satisfies Parsed<Snapshot>;
    // A recent day is parsed once, then read back from disk: the next day's brief needs the
    // same 30 earlier days as history, and re-parsing 5,000-row CSVs is most of a cold load.
    if (!keepOnDisk) return parseSnapshot(folder, files);
    return c.disk(`day ${folder}`, folderBytes(files), () => parseSnapshot(folder, files), SNAPSHOT_CODEC);
  });
}

/**
 * data/midday/DATE/: parsed as the day folder DATE (its meta.json names the date), its issues
 * named by their place in data/ ("midday/2025-06-25/stocks.csv").
 */
async function loadMiddayFolder(c: Caches, dataDir: string, date: string): Promise<Parsed<Snapshot>> {
  const loaded = await loadFolder(c, join(dataDir, MIDDAY_DIR), date, {keepOnDisk: false});
  const rename = (i: Issue): Issue => ({...i, file: `${MIDDAY_DIR}/${i.file}`});
  return loaded.ok ? {...loaded, warnings: loaded.warnings.map(rename)} : {ok: false, issues: loaded.issues.map(rename), warnings: loaded.warnings.map(rename)};
}

/** A folder's files as one byte string (name, bytes, in name order): the disk cache's key. */
function folderBytes(files: SnapshotFiles): Uint8Array {
  const parts: Uint8Array[] = [];
  for (const name of Object.keys(files).sort()) parts.push(Buffer.from(`${name}\0`), files[name] as Uint8Array, Buffer.from("\0"));
  return Buffer.concat(parts);
}

/** A Snapshot is plain data, stored as it is. */
const SNAPSHOT_CODEC: Codec<Snapshot, Snapshot> = {encode: (s) => s, decode: (s) => s};

/** A day folder's index quotes as that day's bars. */
const barsOf = (date: string, indices: readonly IndexQuote[]): IndexBar[] =>
  indices.map(({code, open, high, low, close}) => ({date, code, open, high, low, close}));

type FolderIndices = Parsed<{session: "close" | "midday"; bars: IndexBar[]}>;

async function loadFolderIndices(c: Caches, dataDir: string, folder: string): Promise<FolderIndices> {
  const names = withGz(["meta.json", "indices.csv"]).map((n) => `${folder}/${n}`);
  const found = await findDataFiles(dataDir, names);
  return c.indices.get(cacheKey("indices", dataDir, found, folder), async (): Promise<FolderIndices> => {
    const {files, issues} = await readFolder(found, folder);
    if (issues.length > 0) return {ok: false, issues, warnings: []};
    const parsed = parseDayIndices(folder, files);
    if (!parsed.ok) return parsed;
    return {ok: true, value: {session: parsed.value.session, bars: barsOf(folder, parsed.value.indices)}, warnings: parsed.warnings};
  });
}

type IndexHistory = Parsed<{bars: Record<string, IndexBar[]>; dates: string[]}>;

/** Bars by code stored as columns: a tenth of the JSON of objects, and quicker to read back. */
type StoredBars = Record<string, {date: string[]; open: number[]; high: number[]; low: number[]; close: number[]}>;

const BARS_CODEC: Codec<Record<string, IndexBar[]>, StoredBars> = {
  encode: (byCode) =>
    Object.fromEntries(
      Object.entries(byCode).map(([code, bars]) => [
        code,
        {
          date: bars.map((b) => b.date),
          open: bars.map((b) => b.open),
          high: bars.map((b) => b.high),
          low: bars.map((b) => b.low),
          close: bars.map((b) => b.close),
        },
      ]),
    ),
  decode: (stored) =>
    Object.fromEntries(
      Object.entries(stored).map(([code, c]) => [
        code,
        c.date.map((date, i) => ({date, code, open: c.open[i] ?? 0, high: c.high[i] ?? 0, low: c.low[i] ?? 0, close: c.close[i] ?? 0})),
      ]),
    ),
};

/** index-history.csv(.gz) parsed; no bars when the file does not exist (history then comes from folders only). */
async function loadIndexHistory(c: Caches, dataDir: string): Promise<IndexHistory> {
  const found = await findDataFiles(dataDir, INDEX_HISTORY_FILES);
  return c.history.get(cacheKey("history", dataDir, found), async (): Promise<IndexHistory> => {
    if (found.length > 1) {
      const message = `both ${INDEX_HISTORY_FILES.join(" and ")} are present: expected only one of them`;
      return {ok: false, issues: [{file: INDEX_HISTORY_FILES[0] as string, row: 1, column: 1, message}], warnings: []};
    }
    const [file] = found;
    if (!file) return {ok: true, value: {bars: {}, dates: []}, warnings: []};
    const read = await readDataFile(file);
    if ("issue" in read) return {ok: false, issues: [read.issue], warnings: []};
    const parsed = await c.disk(`index-history ${file.name}`, read.bytes, () => parseIndexHistory(file.name, read.bytes), BARS_CODEC);
    if (!parsed.ok) return parsed;
    const dates = new Set<string>();
    for (const bars of Object.values(parsed.value)) for (const bar of bars) dates.add(bar.date);
    return {ok: true, value: {bars: parsed.value, dates: [...dates].sort()}, warnings: parsed.warnings};
  });
}
