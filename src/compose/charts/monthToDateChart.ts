import type {MemberMonthToDate, SectorEntry} from "../../analytics/types.ts";
import type {ChartDef} from "../types.ts";
import type {ChartWords} from "./chartWords.ts";
import {rowBarsSpec} from "./rowBars.ts";
import {DOWN, UP} from "./theme.ts";

/** The spotlight sector's best members since the end of last month. */
export function monthToDateChart(sector: SectorEntry, leaders: MemberMonthToDate[], baseDate: string, words: ChartWords): Omit<ChartDef, "id"> {
  const w = words.monthToDate;
  const rows = leaders.map((m) => ({label: m.name, code: m.code, value: Number((m.pctChange * 100).toFixed(2)), text: words.signed(m.pctChange)}));
  const description = w.description({sector: sector.name, count: leaders.length, baseDate, top: leaders[0] ?? null});
  return {
    title: w.title(sector.name),
    description,
    spec: rowBarsSpec({description, rows, xTitle: w.xTitle, color: {condition: {test: "datum.value >= 0", value: UP}, value: DOWN}}),
    table: {
      columns: w.columns(baseDate),
      rows: leaders.map((m) => [m.name, m.code, words.yuan(m.baseCloseFen), words.yuan(m.closeFen), words.signed(m.pctChange)]),
    },
  };
}
