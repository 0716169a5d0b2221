/**
 * The look shared by every chart. Text and rules use currentColor, so an SVG inlined in the page
 * takes the page's text color and reads in light and dark themes alike; the background is
 * transparent. Red is up and green is down, as on Chinese quote screens.
 */
export const UP = "#d64541";
export const DOWN = "#1e9e57";
export const FLAT = "#8c8c8c";
export const ACCENT = "#3b82c4";

/** Narrow enough to scale well on phones (the page sets a minimum width and scrolls below it). */
export const CHART_WIDTH = 480;

export const chartConfig = {
  background: "transparent",
  font: "system-ui, sans-serif",
  view: {stroke: null},
  axis: {
    labelColor: "currentColor",
    titleColor: "currentColor",
    domainColor: "currentColor",
    tickColor: "currentColor",
    gridColor: "currentColor",
    gridOpacity: 0.15,
    labelFontSize: 12,
    labelLimit: 260,
    titleFontSize: 13,
    titleFontWeight: "normal",
  },
  legend: {labelColor: "currentColor", titleColor: "currentColor"},
  title: {color: "currentColor"},
  text: {color: "currentColor"},
  // Tooltips only matter once vega-embed has made a chart interactive; the static SVG ignores them.
  mark: {tooltip: {content: "data"}},
} as const;

/** The top-level fields every spec shares. */
export function baseSpec(description: string, height: number): Record<string, unknown> {
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    description,
    width: CHART_WIDTH,
    height,
    config: chartConfig,
  };
}
