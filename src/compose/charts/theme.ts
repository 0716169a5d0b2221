/**
 * The look shared by every chart. Text and rules use currentColor, so an SVG inlined in the page
 * takes the page's text color and reads in light and dark themes alike; the background is
 * transparent. Red is up and green is down, as on Chinese quote screens.
 */
export const UP = "#d64541";
export const DOWN = "#1e9e57";
export const FLAT = "#8c8c8c";
export const ACCENT = "#3b82c4";

/**
 * One rendering for every screen: a chart is CHART_WIDTH px wide in all (axes included), shown at
 * that size in the article column and scaled down to fit a phone, never scrolled sideways. The
 * narrowest column is a 360 px phone less the page's margins (NARROWEST_COLUMN); FONT_SIZE is
 * chosen so that every word of a chart still reads at 9 CSS px or more there:
 * 13 × 328 / 440 = 9.7 px.
 */
export const CHART_WIDTH = 440;
export const NARROWEST_COLUMN = 328;
export const FONT_SIZE = 13;
/** The smallest size, in CSS px, any chart text may have on the narrowest screen. */
export const MIN_SCREEN_FONT_PX = 9;

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
    labelFontSize: FONT_SIZE,
    // No label is cut ("Xiangtan Electrochem…"): the layout makes room for the whole name.
    labelLimit: 0,
    titleFontSize: FONT_SIZE,
    titleFontWeight: "normal",
  },
  legend: {labelColor: "currentColor", titleColor: "currentColor", labelFontSize: FONT_SIZE, titleFontSize: FONT_SIZE},
  title: {color: "currentColor", fontSize: FONT_SIZE},
  text: {color: "currentColor", fontSize: FONT_SIZE},
  // Tooltips only matter once vega-embed has made a chart interactive; the static SVG ignores them.
  mark: {tooltip: {content: "data"}},
} as const;

/**
 * The top-level fields every spec shares. The width is the whole picture's, axes and labels
 * included (autosize "fit-x"), so that it is CHART_WIDTH whatever the labels; `height` is the
 * plot's.
 */
export function baseSpec(description: string, height: number): Record<string, unknown> {
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    description,
    width: CHART_WIDTH,
    height,
    autosize: {type: "fit-x", contains: "padding"},
    padding: 5,
    config: chartConfig,
  };
}
