import type {MarketFacts, SectorEntry} from "../../analytics/types.ts";
import type {ChartDef} from "../types.ts";
import type {ChartWords} from "./chartWords.ts";
import {recentBars} from "./indexCandles.ts";
import {ACCENT, baseSpec, UP} from "./theme.ts";

/** The spotlight sector's closes over recent sessions, its current up streak highlighted, and the round level it broke. */
export function spotlightChart(facts: MarketFacts, sector: SectorEntry, words: ChartWords): Omit<ChartDef, "id"> {
  const w = words.spotlight;
  const bars = recentBars(facts, sector);
  const streakStart = sector.upStreak?.startDate ?? null;
  const values = bars.map((b) => ({date: b.date, close: b.close, streak: streakStart !== null && b.date >= streakStart}));
  const level = sector.roundLevel?.level ?? null;
  const description = w.description({sector: sector.name, sessions: bars.length, streak: sector.upStreak, level});
  const x = {field: "date", type: "ordinal", title: null, axis: {labelExpr: "substring(datum.value, 5)", labelAngle: -45, labelOverlap: true}};
  const layers: Record<string, unknown>[] = [
    {mark: {type: "line", color: ACCENT}, encoding: {x, y: {field: "close", type: "quantitative", scale: {zero: false}, title: w.yTitle}}},
    {
      mark: {type: "point", filled: true, size: 30},
      encoding: {x, y: {field: "close", type: "quantitative"}, color: {condition: {test: "datum.streak", value: UP}, value: ACCENT}},
    },
  ];
  if (level !== null) {
    layers.push({data: {values: [{level}]}, mark: {type: "rule", strokeDash: [4, 4]}, encoding: {y: {field: "level", type: "quantitative"}}});
  }
  return {
    title: w.title(sector.name, bars.length),
    description,
    spec: {...baseSpec(description, 240), data: {values}, layer: layers},
    table: {
      columns: [...w.columns],
      rows: bars.map((b) => [b.date, words.points(b.close), streakStart !== null && b.date >= streakStart ? w.inStreak : ""]),
    },
  };
}
