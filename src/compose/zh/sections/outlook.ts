import type {IndexFacts} from "../../../analytics/types.ts";
import type {ComposeContext} from "../../context.ts";
import {spotlightSector} from "../../spotlightSector.ts";
import type {Section} from "../../types.ts";
import {enumerate, level, pct, points, upDown} from "../format.ts";
import {highestSince, indexName, PATTERN_ZH, zhParagraph} from "../words.ts";
import {longRuns} from "../../longRuns.ts";

/**
 * 技术展望: what the K线 say, stated as conditions rather than forecasts — patterns, streaks and
 * levels on the broad indices and the spotlight theme, each from the facts.
 */
export function outlook(ctx: ComposeContext): Section | null {
  const sentences: string[] = [];
  const broad = ctx.facts.indices.filter((i) => i.kind === "broad");
  for (const index of broad) {
    const p = index.patterns[0];
    if (p?.name === "bullishEngulfing") {
      sentences.push(`${index.name}${index.priorDownSessions >= 2 ? `连跌${index.priorDownSessions}个交易日后` : ""}出现看涨吞没，技术上常被视为可能的转折信号；若后市${ctx.isMidday ? "" : "收盘"}跌回今日开盘点位${points(index.open)}点下方，形态即告失效。`);
    } else if (p?.name === "bearishEngulfing") {
      sentences.push(`${index.name}出现看跌吞没，今日开盘点位${points(index.open)}点成为短期压力位。`);
    } else if (p?.name === "doji" || p?.name === "spinningTop") {
      sentences.push(`${index.name}的${PATTERN_ZH[p.name]}显示多空暂时均衡，方向有待下一交易日确认。`);
    } else if (p?.name === "hammer") {
      sentences.push(`${index.name}的锤子线下影线较长，显示${points(index.low)}点附近有逢低买盘。`);
    }
    if (index.record.sessionsSinceHigher >= 120) {
      sentences.push(`${index.name}${ctx.isMidday ? "午盘" : "收盘"}${highestSince(index.record)}，能否站稳有待观察。`);
    }
  }
  sentences.push(...streakSentences(broad));
  const theme = spotlightSector(ctx);
  if (theme?.roundLevel) {
    sentences.push(`对${indexName(theme.name)}而言，${level(theme.roundLevel.level)}点成为需要守住的关口，若${ctx.isMidday ? "" : "收盘"}重新跌破，突破即告失效。`);
  } else if (theme?.upStreak && theme.upStreak.sessions >= 5) {
    sentences.push(`${indexName(theme.name)}已连涨${theme.upStreak.sessions}个交易日（累计${upDown(theme.upStreak.cumulativeChange)}），短线涨幅较大，首个下跌日将检验涨幅成色。`);
  }
  const seal = ctx.facts.limits.sealRate;
  if (seal !== null) {
    sentences.push(
      seal >= 0.75
        ? `封板率达${pct(seal)}，显示短线资金${ctx.isMidday ? "早盘" : "尾盘"}封板意愿较强。`
        : seal < 0.6
          ? `封板率仅${pct(seal)}，不少冲击涨停的个股遭遇抛压。`
          : `封板率${pct(seal)}，处于中等水平。`,
    );
  }
  if (sentences.length === 0) return null;
  return {id: "technical-outlook", heading: "技术展望", blocks: [zhParagraph(...sentences)]};
}

/** Long runs on the broad indices, one sentence per direction: "上证指数连涨13个交易日（累计涨3.12%）、…". */
function streakSentences(broad: IndexFacts[]): string[] {
  const out: string[] = [];
  for (const direction of ["up", "down"] as const) {
    const runs = longRuns(broad, direction);
    if (runs.length === 0) continue;
    const verb = direction === "up" ? "连涨" : "连跌";
    const parts = runs.map((i) => `${i.name}${verb}${i.streak?.sessions ?? 0}个交易日（累计${upDown(i.streak?.cumulativeChange ?? 0)}）`);
    out.push(`值得关注的连续走势：${enumerate(parts)}${runs.some((i) => i.streak?.lowerBound) ? "（受可用历史数据所限，实际天数至少如此）" : ""}。`);
  }
  return out;
}
