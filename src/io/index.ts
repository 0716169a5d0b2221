/**
 * The edge: everything that touches the file system. Reads data/ (day folders, gunzipping
 * .csv.gz, and the index history) into the snapshot stage's parsers, caching what it parsed;
 * writes files atomically (temporary file, fsync, rename) so that a failed run leaves every
 * existing file as it was. It never interprets market data itself.
 */
export {createEffects, type Effects} from "./effects.ts";
export {HISTORY_DAYS} from "./loadDay.ts";
export {listSnapshotDates, scanSnapshotFolders} from "./listSnapshotDates.ts";
export {writeFileAtomic} from "./writeAtomic.ts";
export {removeStaleBriefTemps} from "./staleTemps.ts";
export {writeSnapshotFolder} from "./writeSnapshotFolder.ts";
export {readInputFile} from "./readDataFiles.ts";
export {loadMaster, loadCalendarFile, writeDataFiles, MASTER_FILE_NAMES} from "./loadMaster.ts";
export {sessionDataDir, writeImportFiles, type ImportFiles} from "./writeImportFiles.ts";
export {callTushare, type ApiResult, type TushareApi} from "./tushareApi.ts";
