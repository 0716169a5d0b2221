import {featuredIndex} from "../featuredIndex.ts";
import type {IndexFacts} from "../../analytics/types.ts";
import type {ComposeContext} from "../context.ts";
import {paragraph} from "../context.ts";
import {count, level, longDate, percent, points} from "../format.ts";
import {broadStories} from "../sectorStories.ts";
import {storyClause} from "../storySentence.ts";
import {indexCandles, PATTERN_LABEL} from "../charts/indexCandles.ts";
import {chartWords} from "../charts/chartWordsByLang.ts";
import type {Block, Section} from "../types.ts";
import {dataBackTo, moved, sentence} from "../words.ts";

function patternSentence(index: IndexFacts): string | null {
  // An engulfing pair is the story when there is one; else the first pattern of the day.
  const today = index.patterns.find((p) => p.name.endsWith("Engulfing")) ?? index.patterns[0];
  if (!today) return null;
  const before = index.previousPatterns.map((p) => PATTERN_LABEL[p.name]);
  const trend =
    index.priorDownSessions >= 2
      ? ` after ${count(index.priorDownSessions)} down sessions`
      : index.priorUpSessions >= 2
        ? ` after ${count(index.priorUpSessions)} up sessions`
        : "";
  const engulfed = today.name.endsWith("Engulfing") && before.length > 0 ? `, its body engulfing the previous session's ${before[0]}` : "";
  return `The ${index.name} formed a ${PATTERN_LABEL[today.name]}${trend}${engulfed}.`;
}

/** The broad indices: moves, what changed from the previous session, candlestick patterns. */
export function overview(ctx: ComposeContext): Section | null {
  const broad = ctx.facts.indices.filter((i) => i.kind === "broad");
  if (broad.length === 0) return null;
  const moves = broad.map((i) => `the ${ctx.name(i.code, i.name)} ${moved(ctx, i, "overview")}`);
  const blocks: Block[] = [paragraph(`${sentence(ctx.vary("overview-open", ["among the benchmarks,", "across the main gauges,", "on the index board,"]))} ${moves.join("; ")}.`)];
  const notes = broad.flatMap((i) => {
    const out: string[] = [];
    if (i.reclaimedPreviousLoss && i.previous) {
      out.push(`The ${i.name} more than made up the previous session's ${percent(Math.abs(i.previous.pctChange))} loss.`);
    }
    const p = patternSentence(i);
    if (p) out.push(p);
    if (i.roundLevel) {
      const r = i.roundLevel;
      out.push(`The ${i.name} ${ctx.isMidday ? "stood above" : "closed above"} ${level(r.level)}${ctx.isMidday ? " at the midday break" : ""} ${r.lastAboveDate ? `for the first time since ${longDate(r.lastAboveDate)}` : `for the first time ${dataBackTo(r.historyStart)}`}.`);
    }
    const record = broadStories(ctx.facts, "recordClose").find((s) => s.code === i.code);
    if (record) out.push(`${sentence(storyClause(ctx, record))}.`);
    // Named once: the index's later notes say "It".
    const named = `The ${i.name} `;
    return out.map((s, k) => (k > 0 && s.startsWith(named) ? `It ${s.slice(named.length)}` : s));
  });
  if (notes.length > 0) blocks.push(paragraph(...notes));
  blocks.push({
    type: "table",
    caption: "Broad indices",
    columns: [
      {title: "Index", align: "left"},
      {title: ctx.isMidday ? "Midday" : "Close", align: "right"},
      {title: "Change (pts)", align: "right"},
      {title: "Change", align: "right"},
    ],
    rows: broad.map((i) => [`${i.name} (${i.code})`, points(i.close), points(i.change), percent(i.pctChange, {signed: true})]),
  });
  const featured = featuredIndex(broad);
  if (featured) {
    blocks.push({type: "chart", id: ctx.chart("index-candles", indexCandles(ctx.facts, featured, chartWords(ctx)))});
  }
  return {id: "market-overview", heading: ctx.isMidday ? "Morning session" : "Market overview", blocks};
}
