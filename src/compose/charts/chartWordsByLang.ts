/** The chart words of each language's edition, for a closing brief and for a midday one. */
import type {Lang} from "../types.ts";
import type {ChartWords, MiddayChartWords} from "./chartWords.ts";
import {EN_CHART_WORDS, EN_MIDDAY_CHART_WORDS} from "./enChartWords.ts";
import {ZH_CHART_WORDS, ZH_MIDDAY_CHART_WORDS} from "./zhChartWords.ts";

/** The closing brief's words. */
export const CHART_WORDS: Record<Lang, ChartWords> = {en: EN_CHART_WORDS, "zh-CN": ZH_CHART_WORDS};

const MIDDAY: Record<Lang, MiddayChartWords> = {en: EN_MIDDAY_CHART_WORDS, "zh-CN": ZH_MIDDAY_CHART_WORDS};

/** The close's words with each midday entry put in its place, group by group. */
function withMidday(words: ChartWords, midday: MiddayChartWords): ChartWords {
  const merged: Record<string, unknown> = {...words};
  for (const [group, entries] of Object.entries(midday)) {
    const base = words[group as keyof ChartWords];
    merged[group] = typeof base === "function" || typeof entries === "function" ? entries : {...base, ...entries};
  }
  return merged as unknown as ChartWords;
}

const MIDDAY_WORDS: Record<Lang, ChartWords> = {
  en: withMidday(EN_CHART_WORDS, MIDDAY.en),
  "zh-CN": withMidday(ZH_CHART_WORDS, MIDDAY["zh-CN"]),
};

/** The words of a brief's charts: its language's, in the morning session's sense for a midday brief. */
export const chartWords = (ctx: {lang: Lang; isMidday: boolean}): ChartWords => (ctx.isMidday ? MIDDAY_WORDS : CHART_WORDS)[ctx.lang];
