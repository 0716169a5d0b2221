/**
 * The look shared by every chart. Text and rules use currentColor, so an SVG inlined in the page
 * takes the page's text color and reads in light and dark themes alike; the background is
 * transparent. Red is up and green is down, as on Chinese quote screens.
 */
export const UP = "#d64541";
export const DOWN = "#1e9e57";
export const FLAT = "#8c8c8c";
export const ACCENT = "#3b82c4";

export const CHART_WIDTH = 600;

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
    labelFontSize: 11,
    labelLimit: 260,
    titleFontSize: 12,
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
