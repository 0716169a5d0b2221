import type {MemberMonthToDate, SectorEntry} from "../../analytics/types.ts";
import type {ChartDef} from "../types.ts";
import {longDate, percent, yuan} from "../format.ts";
import {baseSpec, UP, DOWN} from "./theme.ts";

/** The spotlight sector's best members since the end of last month. */
export function monthToDateChart(sector: SectorEntry, leaders: MemberMonthToDate[], baseDate: string): Omit<ChartDef, "id"> {
  const values = leaders.map((m) => ({label: `${m.name} (${m.code})`, change: Number((m.pctChange * 100).toFixed(2))}));
  const description = `The ${leaders.length} best performers in the ${sector.name} index since the close of ${longDate(baseDate)}, led by ${leaders[0]?.name ?? ""} at ${percent(leaders[0]?.pctChange ?? 0, {signed: true})}.`;
  return {
    title: `${sector.name}: month-to-date leaders`,
    description,
    spec: {
      ...baseSpec(description, leaders.length * 26),
      data: {values},
      mark: {type: "bar"},
      encoding: {
        y: {field: "label", type: "nominal", sort: null, title: null, axis: {labelLimit: 320}},
        x: {field: "change", type: "quantitative", title: "Change since month start (%)"},
        color: {condition: {test: "datum.change >= 0", value: UP}, value: DOWN},
      },
    },
    table: {
      columns: ["Stock", "Code", `Close ${baseDate}`, "Close today", "Change"],
      rows: leaders.map((m) => [m.name, m.code, yuan(m.baseCloseFen), yuan(m.closeFen), percent(m.pctChange, {signed: true})]),
    },
  };
}
