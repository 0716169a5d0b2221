import type {Parsed} from "./issue.ts";
import type {IndexQuote, Session, Snapshot, SnapshotMeta} from "./types.ts";
import {openDayFile, type SnapshotFiles} from "./dayFiles.ts";
import {isIsoDate} from "./fields.ts";
import {parsedFrom, type IssueLog} from "./issueLog.ts";
import {readIndices} from "./parseIndices.ts";
import {readMembers} from "./parseMembers.ts";
import {readMeta} from "./parseMeta.ts";
import {readStocks} from "./parseStocks.ts";

/**
 * One day folder's files → the typed snapshot, or every error found in any of them: each
 * file's own problems, then references between files (members naming unknown codes).
 * `folder` is the folder's name relative to data/, the trade date "YYYY-MM-DD".
 */
export function parseSnapshot(folder: string, files: SnapshotFiles): Parsed<Snapshot> {
  const [metaFile, meta] = openMeta(folder, files);
  const stocksFile = openDayFile(folder, files, "stocks.csv");
  const stocks = stocksFile.bytes ? readStocks(stocksFile.bytes, folder, stocksFile.log) : {stocks: [], codes: null};
  const indicesFile = openDayFile(folder, files, "indices.csv");
  const indices = indicesFile.bytes ? readIndices(indicesFile.bytes, indicesFile.log) : {indices: [], kinds: null};
  const membersFile = openDayFile(folder, files, "members.csv");
  const targets = {indexKinds: indices.kinds, stockCodes: stocks.codes};
  const members = membersFile.bytes ? readMembers(membersFile.bytes, targets, membersFile.log) : {};
  return parsedFrom([metaFile.log, stocksFile.log, indicesFile.log, membersFile.log], {
    meta: meta as SnapshotMeta,
    stocks: stocks.stocks,
    indices: indices.indices,
    members,
  });
}

/**
 * Only the session and index quotes of a day folder (meta.json and indices.csv): what older
 * days contribute to the index history, without the cost of parsing every stock.
 */
export function parseDayIndices(folder: string, files: SnapshotFiles): Parsed<{session: Session; indices: IndexQuote[]}> {
  const [metaFile, meta] = openMeta(folder, files);
  const indicesFile = openDayFile(folder, files, "indices.csv");
  const indices = indicesFile.bytes ? readIndices(indicesFile.bytes, indicesFile.log).indices : [];
  return parsedFrom([metaFile.log, indicesFile.log], {session: meta?.session ?? "close", indices});
}

function openMeta(folder: string, files: SnapshotFiles): [{log: IssueLog}, SnapshotMeta | null] {
  const file = openDayFile(folder, files, "meta.json");
  if (!isIsoDate(folder)) file.log.error(1, 1, `folder name "${folder}" is not a trade date: expected YYYY-MM-DD`);
  return [file, file.bytes && readMeta(file.bytes, folder, file.log)];
}
