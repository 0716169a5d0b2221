import type {SectorFacts} from "../../analytics/types.ts";
import type {ChartDef} from "../types.ts";
import {percent} from "../format.ts";
import {baseSpec, DOWN, UP} from "./theme.ts";

/** Horizontal bars of the day's leading and lagging sectors by % change. */
export function sectorBars(sectors: SectorFacts): Omit<ChartDef, "id"> {
  const seen = new Set<string>();
  const rows = [...sectors.leaders, ...[...sectors.laggards].reverse()].filter((s) => !seen.has(s.code) && seen.add(s.code));
  const values = rows.map((s) => ({name: s.name, code: s.code, change: Number((s.pctChange * 100).toFixed(2))}));
  const top = sectors.leaders[0];
  const bottom = sectors.laggards[0];
  const description = `Leading and lagging sector indices by change on the day${top && bottom ? `, from ${top.name} at ${percent(top.pctChange, {signed: true})} to ${bottom.name} at ${percent(bottom.pctChange, {signed: true})}` : ""}.`;
  return {
    title: "Sector indices: the strongest and the weakest",
    description,
    spec: {
      ...baseSpec(description, rows.length * 22),
      data: {values},
      mark: {type: "bar"},
      encoding: {
        y: {field: "name", type: "nominal", sort: null, title: null},
        x: {field: "change", type: "quantitative", title: "Change (%)"},
        color: {condition: {test: "datum.change >= 0", value: UP}, value: DOWN},
      },
    },
    table: {
      columns: ["Sector", "Code", "Change"],
      rows: rows.map((s) => [s.name, s.code, percent(s.pctChange, {signed: true})]),
    },
  };
}
