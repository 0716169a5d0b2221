/** The chart words of each language's edition. */
import type {Lang} from "../types.ts";
import type {ChartWords} from "./chartWords.ts";
import {EN_CHART_WORDS} from "./enChartWords.ts";
import {ZH_CHART_WORDS} from "./zhChartWords.ts";

export const CHART_WORDS: Record<Lang, ChartWords> = {en: EN_CHART_WORDS, "zh-CN": ZH_CHART_WORDS};
