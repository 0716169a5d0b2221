import {DAY_FILES} from "../snapshot/dayFiles.ts";
import {fenText} from "../market/fen.ts";
import {INDEX_COLUMNS} from "../snapshot/parseIndices.ts";
import {MEMBER_COLUMNS} from "../snapshot/parseMembers.ts";
import {STOCK_COLUMNS} from "../snapshot/parseStocks.ts";
import type {IndexQuote, Snapshot, StockQuote} from "../snapshot/types.ts";

import {csvText as csv} from "../snapshot/csvText.ts";

const price = (fen: number | null) => (fen === null ? "" : fenText(fen));
const flag = (value: boolean | null) => (value === null ? "" : value ? "1" : "0");

function stockRow(s: StockQuote): string[] {
  return [
    s.code, s.name, price(s.prevCloseFen), price(s.openFen), price(s.highFen), price(s.lowFen), price(s.closeFen),
    String(s.volume), String(s.amountYuan), flag(s.isSt), s.listDate ?? "", flag(s.suspended),
    price(s.upLimitFen), price(s.downLimitFen),
  ];
}

function indexRow(i: IndexQuote): string[] {
  const levels = [i.prevClose, i.open, i.high, i.low, i.close].map(String);
  return [i.code, i.name, i.kind, ...levels, i.amountYuan === null ? "" : String(i.amountYuan), i.nameEn ?? ""];
}

/** A snapshot as the files of its day folder (the inverse of parseSnapshot), rows in code order. */
export function snapshotFiles(snapshot: Snapshot): Record<(typeof DAY_FILES)[number], string> {
  const {meta, stocks, indices, members} = snapshot;
  const memberRows = Object.keys(members)
    .sort()
    .flatMap((index) => (members[index] ?? []).map((stock) => [index, stock]));
  return {
    "meta.json": `${JSON.stringify(meta, null, 2)}\n`,
    "stocks.csv": csv([...STOCK_COLUMNS.required, ...STOCK_COLUMNS.optional], stocks.map(stockRow)),
    "indices.csv": csv([...INDEX_COLUMNS.required, ...INDEX_COLUMNS.optional], indices.map(indexRow)),
    "members.csv": csv(MEMBER_COLUMNS.required, memberRows),
  };
}
