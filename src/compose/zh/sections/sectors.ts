import type {SectorEntry} from "../../../analytics/types.ts";
import type {ComposeContext} from "../../context.ts";
import {sectorBars} from "../../charts/sectorBars.ts";
import {chartWords} from "../../charts/chartWordsByLang.ts";
import type {Block, Section} from "../../types.ts";
import {enumerate, level, points, upDown, years} from "../format.ts";
import {highestSince, indexName, zhParagraph} from "../words.ts";
import {sectorStories, type SectorStory} from "../../sectorStories.ts";
import {spotlightSector} from "../../spotlightSector.ts";
import {storyClause} from "../storySentence.ts";
import type {RecordCloseStory} from "../../../analytics/types.ts";

/** "成分股太和科技（300801.SZ）、利元亨（688499.SH）涨停，振华新材（688707.SH）涨13.00%": the members that moved it. */
function members(ctx: ComposeContext, s: SectorEntry, n: number): string {
  const up = s.leadingMembers.slice(0, n).filter((m) => m.pctChange > 0);
  const sealed = up.filter((m) => m.limitStatus === "limitUp").map((m) => ctx.name(m.code, m.name));
  const others = up.filter((m) => m.limitStatus !== "limitUp").map((m) => `${ctx.name(m.code, m.name)}${upDown(m.pctChange)}${m.limitStatus === "broken" ? "（盘中炸板）" : ""}`);
  const parts = [sealed.length > 0 ? `${enumerate(sealed)}涨停` : "", others.join("，")].filter(Boolean);
  return parts.length > 0 ? `，成分股${parts.join("，")}` : "";
}

/** The round level the leading sector crossed, in its own line: "，两年来首次站上1000点" (records are told below, with the other stories). */
function milestone(ctx: ComposeContext, s: SectorEntry): string {
  const r = s.roundLevel;
  if (!r) return "";
  return `，${r.yearsSince === null ? "有数据以来首次" : `${years(r.yearsSince)}年来首次`}${ctx.isMidday ? "盘中" : ""}站上${level(r.level)}点`;
}

/** One sentence per story; records with the same "since" told together: "锂电池指数（885710.TI，收报2634.85点）、磷化工指数（…）均创…新高。" */
function storySentences(ctx: ComposeContext, stories: SectorStory[]): string[] {
  const groups = new Map<string, RecordCloseStory[]>();
  for (const s of stories) if (s.kind === "recordClose") groups.set(highestSince(s), [...(groups.get(highestSince(s)) ?? []), s]);
  const told = new Set<string>();
  const out: string[] = [];
  for (const s of stories) {
    if (s.kind !== "recordClose") {
      out.push(`${storyClause(ctx, s)}。`);
      continue;
    }
    const since = highestSince(s);
    if (told.has(since)) continue;
    told.add(since);
    const group = groups.get(since) ?? [s];
    if (group.length === 1) {
      out.push(`${storyClause(ctx, s)}。`);
      continue;
    }
    const names = group.map((r) => ctx.nameWith(r.code, indexName(r.name), `${ctx.isMidday ? "午盘报" : "收报"}${points(r.close)}点`));
    out.push(`${enumerate(names)}均${since}。`);
  }
  return out;
}

/** 板块表现: the strongest sector indices with the members that led them, the weakest, and relative strength. */
export function sectors(ctx: ComposeContext): Section | null {
  const {leaders, upWhileCompositeFell} = ctx.facts.sectors;
  if (leaders.length === 0) return null;
  // With few sectors the two lists overlap; a sector is named once, as a leader, and only fallers lag.
  const laggards = ctx.facts.sectors.laggards.filter((s) => s.pctChange < 0 && !leaders.some((l) => l.code === s.code));
  const [top, ...rest] = leaders;
  const blocks: Block[] = [];
  if (top) {
    blocks.push(
      zhParagraph(
        `板块方面，${ctx.name(top.code, indexName(top.name))}${upDown(top.pctChange)}，报${points(top.close)}点${milestone(ctx, top)}${members(ctx, top, 3)}`,
        rest.length > 0 ? `；${rest.map((s) => `${ctx.name(s.code, indexName(s.name))}${upDown(s.pctChange)}${members(ctx, s, 1)}`).join("；")}。` : "。",
      ),
    );
  }
  if (laggards.length > 0) {
    blocks.push(zhParagraph(`跌幅居前的板块有${enumerate(laggards.map((s) => `${ctx.name(s.code, indexName(s.name))}${upDown(s.pctChange)}`))}。`));
  }
  // 聚焦板块以外的纪录、整数关口与连涨，各带其数字。
  const stories = sectorStories(ctx.facts, spotlightSector(ctx)?.code ?? null);
  if (stories.length > 0) blocks.push(zhParagraph(...storySentences(ctx, stories)));
  if (upWhileCompositeFell.length > 0) {
    const names = upWhileCompositeFell.slice(0, 5).map((code) => [...leaders, ...ctx.facts.sectors.notable].find((s) => s.code === code)?.name ?? code);
    blocks.push(zhParagraph(`上证指数下跌之际，${enumerate(names)}逆势上涨。`));
  }
  blocks.push({type: "chart", id: ctx.chart("sectors", sectorBars(ctx.facts.sectors, chartWords(ctx)))});
  return {id: "sectors", heading: "板块表现", blocks};
}
