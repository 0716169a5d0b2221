import type {SectorFacts} from "../../analytics/types.ts";
import type {ChartDef} from "../types.ts";
import type {ChartWords} from "./chartWords.ts";
import {rowBarsSpec} from "./rowBars.ts";
import {DOWN, UP} from "./theme.ts";

/** Horizontal bars of the day's leading and lagging sectors by % change. */
export function sectorBars(sectors: SectorFacts, words: ChartWords): Omit<ChartDef, "id"> {
  const w = words.sectors;
  const seen = new Set<string>();
  const rows = [...sectors.leaders, ...[...sectors.laggards].reverse()].filter((s) => !seen.has(s.code) && seen.add(s.code));
  const bars = rows.map((s) => ({label: s.name, code: s.code, value: Number((s.pctChange * 100).toFixed(2)), text: words.signed(s.pctChange)}));
  const description = w.description(sectors.leaders[0] ?? null, sectors.laggards[0] ?? null);
  return {
    title: w.title,
    description,
    spec: rowBarsSpec({description, rows: bars, xTitle: w.xTitle, color: {condition: {test: "datum.value >= 0", value: UP}, value: DOWN}}),
    table: {
      columns: [...w.columns],
      rows: rows.map((s) => [s.name, s.code, words.signed(s.pctChange)]),
    },
  };
}
