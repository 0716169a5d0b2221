import type {MarketFacts, SectorEntry} from "../../analytics/types.ts";
import type {ChartDef} from "../types.ts";
import {level as levelText, percent, points} from "../format.ts";
import {recentBars} from "./indexCandles.ts";
import {ACCENT, baseSpec, UP} from "./theme.ts";

/** The spotlight sector's closes over recent sessions, its current up streak highlighted, and the round level it broke. */
export function spotlightChart(facts: MarketFacts, sector: SectorEntry): Omit<ChartDef, "id"> {
  const bars = recentBars(facts, sector);
  const streakStart = sector.upStreak?.startDate ?? null;
  const values = bars.map((b) => ({date: b.date, close: b.close, streak: streakStart !== null && b.date >= streakStart}));
  const level = sector.roundLevel?.level ?? null;
  const description = `Daily closes of the ${sector.name} index over the last ${bars.length} sessions${sector.upStreak ? `, up ${sector.upStreak.sessions} sessions in a row (${percent(sector.upStreak.cumulativeChange, {signed: true})})` : ""}${level !== null ? `, closing above ${levelText(level)}` : ""}.`;
  const x = {field: "date", type: "ordinal", title: null, axis: {labelExpr: "substring(datum.value, 5)", labelAngle: -45, labelOverlap: true}};
  const layers: Record<string, unknown>[] = [
    {mark: {type: "line", color: ACCENT}, encoding: {x, y: {field: "close", type: "quantitative", scale: {zero: false}, title: "Points"}}},
    {
      mark: {type: "point", filled: true, size: 30},
      encoding: {x, y: {field: "close", type: "quantitative"}, color: {condition: {test: "datum.streak", value: UP}, value: ACCENT}},
    },
  ];
  if (level !== null) {
    layers.push({data: {values: [{level}]}, mark: {type: "rule", strokeDash: [4, 4]}, encoding: {y: {field: "level", type: "quantitative"}}});
  }
  return {
    title: `${sector.name}: last ${bars.length} sessions`,
    description,
    spec: {...baseSpec(description, 240), data: {values}, layer: layers},
    table: {
      columns: ["Date", "Close", "In the streak"],
      rows: bars.map((b) => [b.date, points(b.close), streakStart !== null && b.date >= streakStart ? "yes" : ""]),
    },
  };
}
