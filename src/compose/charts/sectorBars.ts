import type {SectorFacts} from "../../analytics/types.ts";
import type {ChartDef} from "../types.ts";
import type {ChartWords} from "./chartWords.ts";
import {baseSpec, DOWN, UP} from "./theme.ts";

/** Horizontal bars of the day's leading and lagging sectors by % change. */
export function sectorBars(sectors: SectorFacts, words: ChartWords): Omit<ChartDef, "id"> {
  const w = words.sectors;
  const seen = new Set<string>();
  const rows = [...sectors.leaders, ...[...sectors.laggards].reverse()].filter((s) => !seen.has(s.code) && seen.add(s.code));
  const values = rows.map((s) => ({name: s.name, code: s.code, change: Number((s.pctChange * 100).toFixed(2))}));
  const description = w.description(sectors.leaders[0] ?? null, sectors.laggards[0] ?? null);
  return {
    title: w.title,
    description,
    spec: {
      ...baseSpec(description, rows.length * 22),
      data: {values},
      mark: {type: "bar"},
      encoding: {
        y: {field: "name", type: "nominal", sort: null, title: null},
        x: {field: "change", type: "quantitative", title: w.xTitle},
        color: {condition: {test: "datum.change >= 0", value: UP}, value: DOWN},
      },
    },
    table: {
      columns: [...w.columns],
      rows: rows.map((s) => [s.name, s.code, words.signed(s.pctChange)]),
    },
  };
}
