/**
 * The snapshot stage: the bytes of a day folder's files (and of the index history), by name,
 * in; a typed, validated Snapshot out, or every problem found, each located by file, row and
 * column. It never opens files (src/io/ reads them and gunzips .csv.gz), never guesses a
 * missing value, and never throws on bad input. Also here: the pure assembly of History from
 * earlier days already parsed.
 */
export {formatIssue, type Issue, type Parsed} from "./issue.ts";
export {parseSnapshot, parseDayIndices} from "./parseSnapshot.ts";
export {DAY_FILES, type SnapshotFiles} from "./dayFiles.ts";
export {parseMeta} from "./parseMeta.ts";
export {parseStocks} from "./parseStocks.ts";
export {parseIndices} from "./parseIndices.ts";
export {parseMembers} from "./parseMembers.ts";
export {parseIndexHistory} from "./parseIndexHistory.ts";
export {tradingCalendar, datesBefore, mergeIndexBars} from "./history.ts";
