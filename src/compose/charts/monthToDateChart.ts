import type {MemberMonthToDate, SectorEntry} from "../../analytics/types.ts";
import type {ChartDef} from "../types.ts";
import type {ChartWords} from "./chartWords.ts";
import {baseSpec, UP, DOWN} from "./theme.ts";

/** The spotlight sector's best members since the end of last month. */
export function monthToDateChart(sector: SectorEntry, leaders: MemberMonthToDate[], baseDate: string, words: ChartWords): Omit<ChartDef, "id"> {
  const w = words.monthToDate;
  const values = leaders.map((m) => ({label: words.label(m.name, m.code), change: Number((m.pctChange * 100).toFixed(2))}));
  const description = w.description({sector: sector.name, count: leaders.length, baseDate, top: leaders[0] ?? null});
  return {
    title: w.title(sector.name),
    description,
    spec: {
      ...baseSpec(description, leaders.length * 26),
      data: {values},
      mark: {type: "bar"},
      encoding: {
        y: {field: "label", type: "nominal", sort: null, title: null, axis: {labelLimit: 320}},
        x: {field: "change", type: "quantitative", title: w.xTitle},
        color: {condition: {test: "datum.change >= 0", value: UP}, value: DOWN},
      },
    },
    table: {
      columns: w.columns(baseDate),
      rows: leaders.map((m) => [m.name, m.code, words.yuan(m.baseCloseFen), words.yuan(m.closeFen), words.signed(m.pctChange)]),
    },
  };
}
