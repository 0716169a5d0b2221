/**
 * The mood over the recent sessions in a brief: the sentence a language makes of moodRecord, then
 * the chart. Both editions show it on the same days: a mood of one session is no trend, so the
 * chart waits for a second, and for today's counts (a day whose limits are unknown has none).
 */
import {chartWords} from "./charts/chartWordsByLang.ts";
import {moodChart} from "./charts/moodChart.ts";
import type {ComposeContext} from "./context.ts";
import type {Block} from "./types.ts";

export function moodBlocks(ctx: ComposeContext, sentence: (ctx: ComposeContext) => Block | null): Block[] {
  const {mood, date} = ctx.facts;
  if (mood.length < 2 || mood.at(-1)?.date !== date) return [];
  const record = sentence(ctx);
  return [...(record ? [record] : []), {type: "chart", id: ctx.chart("mood", moodChart(mood, ctx.isMidday, chartWords(ctx)))}];
}
