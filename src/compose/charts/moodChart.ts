/**
 * The market's mood over the recent sessions (情绪周期), three panels on one date axis: limit-ups
 * above and limit-downs below the line, the seal rate, and the ladder's height. One panel per
 * measure keeps each scale honest (counts, a percent, a height) where one chart with two y axes
 * would not, and stacked panels stay as wide as a phone allows.
 */
import type {MoodSession} from "../../analytics/types.ts";
import type {ChartDef} from "../types.ts";
import type {ChartWords} from "./chartWords.ts";
import {ACCENT, CHART_WIDTH, chartConfig, DOWN, UP} from "./theme.ts";

const PANEL_HEIGHT = 90;
/**
 * Stacked panels cannot take autosize "fit-x" (Vega-Lite sizes each plot, not the whole), so the
 * plots leave room for the widest y axis (title, and labels up to "100%") within CHART_WIDTH.
 */
const PANEL_WIDTH = CHART_WIDTH - 80;

/** `mood`: oldest first, today last (facts.mood); `midday` when today's point is the morning's. */
export function moodChart(mood: readonly MoodSession[], midday: boolean, words: ChartWords): Omit<ChartDef, "id"> {
  const w = words.mood;
  const values = mood.map((m) => ({
    day: w.day(m.date),
    up: m.limitUpCount,
    // Drawn below the line, so the two counts read as one bar each way.
    down: -m.limitDownCount,
    seal: m.sealRate === null ? null : Number(m.sealRate.toFixed(4)),
    height: m.maxHeight,
  }));
  const today = mood[mood.length - 1];
  if (!today) throw new Error("moodChart: no session to draw");
  const most = mood.reduce((a, m) => (m.limitUpCount >= a.limitUpCount ? m : a));
  const fewest = mood.reduce((a, m) => (m.limitUpCount <= a.limitUpCount ? m : a));
  const description = w.description({sessions: mood.length, from: (mood[0] as MoodSession).date, most, fewest, today, midday});
  const x = (labels: boolean) => ({
    field: "day",
    type: "ordinal",
    sort: null,
    title: null,
    axis: labels ? {labelAngle: 0, labelOverlap: true} : {labels: false, ticks: false, domain: false},
  });
  const panel = (layer: Record<string, unknown>[], labels = false) => ({width: PANEL_WIDTH, height: PANEL_HEIGHT, layer: layer.map((l) => ({...l, encoding: {x: x(labels), ...(l.encoding as object)}}))});
  return {
    title: w.title(mood.length),
    description,
    spec: {
      $schema: "https://vega.github.io/schema/vega-lite/v6.json",
      description,
      config: chartConfig,
      data: {values},
      spacing: 8,
      vconcat: [
        panel([
          {mark: {type: "bar", color: UP}, encoding: {y: {field: "up", type: "quantitative", title: w.yTitles.counts, axis: {tickMinStep: 1, labelExpr: "format(abs(datum.value), 'd')"}}}},
          {mark: {type: "bar", color: DOWN}, encoding: {y: {field: "down", type: "quantitative"}}},
        ]),
        panel([
          {
            mark: {type: "line", color: ACCENT, point: true},
            encoding: {y: {field: "seal", type: "quantitative", title: w.yTitles.sealRate, scale: {domain: [0, 1]}, axis: {format: ".0%", tickCount: 3}}},
          },
        ]),
        panel(
          [
            {mark: {type: "bar", color: ACCENT}, encoding: {y: {field: "height", type: "quantitative", title: w.yTitles.height, axis: {tickMinStep: 1, format: "d"}}}},
          ],
          true,
        ),
      ],
      resolve: {scale: {x: "shared"}},
    },
    table: {
      columns: [...w.columns],
      rows: mood.map((m) => [
        w.date(m.date),
        words.count(m.limitUpCount),
        words.count(m.limitDownCount),
        m.sealRate === null ? "–" : w.percent(m.sealRate),
        `${m.maxHeightLowerBound ? "≥" : ""}${words.count(m.maxHeight)}`,
      ]),
    },
  };
}
