import {DAY_FILES, type SnapshotFiles} from "../snapshot/dayFiles.ts";
import {isIsoDate} from "../snapshot/fields.ts";
import {datesBefore, mergeIndexBars, tradingCalendar} from "../snapshot/history.ts";
import type {Issue, Parsed} from "../snapshot/issue.ts";
import {parseIndexHistory} from "../snapshot/parseIndexHistory.ts";
import {parseDayIndices, parseSnapshot} from "../snapshot/parseSnapshot.ts";
import type {Day, IndexBar, IndexQuote, Snapshot} from "../snapshot/types.ts";
import {diskCache, type Codec, type DiskCached} from "./diskCache.ts";
import {listSnapshotDates} from "./listSnapshotDates.ts";
import {parseCache, type ParseCache} from "./parseCache.ts";
import {findDataFiles, readDataFile, withGz, type DataFile} from "./readDataFiles.ts";
import {loadCalendarFile, loadMaster, MASTER_FILE_NAMES} from "./loadMaster.ts";
import {exchangeSessions} from "../market/calendar.ts";

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
  disk: DiskCached;
}

export interface Loader {
  /** The snapshot of a date with its history; see loadDay below. */
  loadDay(dataDir: string, date: string): Promise<Parsed<Day>>;
  /** One day folder's snapshot alone, without history (cached like loadDay's). */
  loadSnapshot(dataDir: string, folder: string): Promise<Parsed<Snapshot>>;
  /** How often a parsed file was reused ("hits") or parsed ("misses") by this loader. */
  stats(): Record<"days" | "indices" | "history", {hits: number; misses: number; size: number}>;
}

/**
 * A loader of data/ whose caches live as long as it does: parsed files in memory (by path, size
 * and modification time) and parse results on disk in `parsedDir`. The CLI makes one per run.
 */
export function createLoader(parsedDir: string): Loader {
  const c: Caches = {
    day: parseCache(HISTORY_DAYS + 4),
    indices: parseCache(10_000),
    history: parseCache(4),
    master: parseCache(2),
    disk: diskCache(parsedDir),
  };
  return {
    loadDay: (dataDir, date) => loadDay(c, dataDir, date),
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
async function loadDay(c: Caches, dataDir: string, date: string): Promise<Parsed<Day>> {
  const folders = await listSnapshotDates(dataDir);
  if (!isIsoDate(date) || !folders.includes(date)) {
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
  const day = await loadFolder(c, dataDir, date, keep(date));
  if (!day.ok) issues.push(...day.issues);

  const history = await loadIndexHistory(c, dataDir);
  if (!history.ok) issues.push(...history.issues);
  const master = await c.master.get(cacheKey("master", dataDir, await masterFiles(dataDir)), () => loadMaster(dataDir));
  if (!master.ok) issues.push(...master.issues);
  const calendarFile = await loadCalendarFile(dataDir);
  if (!calendarFile.ok) issues.push(...calendarFile.issues);
  const historyBars = history.ok ? history.value.bars : {};
  const calendar = tradingCalendar(
    date,
    {sessions: exchangeSessions(), ...(calendarFile.ok ? calendarFile.value : {open: [], closed: []})},
    history.ok ? history.value.dates : [],
    folders,
  );
  const window = new Set(datesBefore(calendar, date, HISTORY_DAYS));

  const days: Snapshot[] = [];
  const folderBars: IndexBar[] = [];
  for (const folder of folders.filter((d) => d < date)) {
    // A midday snapshot is half a day: neither an earlier day nor a daily bar.
    if (window.has(folder)) {
      const earlier = await loadFolder(c, dataDir, folder, keep(folder));
      if (!earlier.ok) issues.push(...earlier.issues);
      else if (earlier.value.meta.session === "close") {
        days.push(earlier.value);
        folderBars.push(...barsOf(folder, earlier.value.indices));
      }
    } else {
      // Older days count only for their index bars: parse just meta.json and indices.csv.
      const indices = await loadFolderIndices(c, dataDir, folder);
      if (!indices.ok) issues.push(...indices.issues);
      else if (indices.value.session === "close") folderBars.push(...indices.value.bars);
    }
  }

  const warnings = [...day.warnings, ...history.warnings, ...master.warnings, ...calendarFile.warnings];
  if (issues.length > 0 || !day.ok || !master.ok) return {ok: false, issues, warnings};
  const indexBars = mergeIndexBars(date, historyBars, folderBars);
  return {ok: true, value: {snapshot: day.value, history: {calendar, days, indexBars, master: master.value}}, warnings};
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
