import type {SectorEntry} from "../../analytics/types.ts";
import type {ComposeContext} from "../context.ts";
import {paragraph} from "../context.ts";
import {listing, percent, points} from "../format.ts";
import {sectorBars} from "../charts/sectorBars.ts";
import {chartWords} from "../charts/chartWordsByLang.ts";
import type {Block, Section} from "../types.ts";
import {sectorStories, type SectorStory} from "../sectorStories.ts";
import type {RecordCloseStory} from "../../analytics/types.ts";
import {spotlightSector} from "../spotlightSector.ts";
import {storyClause} from "../storySentence.ts";
import {highestSince, sentence} from "../words.ts";

const STATUS: Record<string, string> = {limitUp: ", limit-up", limitDown: ", limit-down", broken: ", off its limit-up high"};

function withMembers(ctx: ComposeContext, s: SectorEntry, members: number): string {
  const movers = s.leadingMembers
    .slice(0, members)
    .filter((m) => m.pctChange > 0)
    .map((m) => ctx.nameWith(m.code, m.name, `${percent(m.pctChange, {signed: true})}${STATUS[m.limitStatus] ?? ""}`));
  return `${ctx.name(s.code, s.name)}, ${percent(s.pctChange, {signed: true})}${movers.length ? `, led by ${listing(movers)}` : ""}`;
}

/**
 * One sentence per story; records that share a "since" are told together: "Autos (881114.TI,
 * 6,085.83) and Lithium Battery (885710.TI, 2,686.85) each posted their highest close since …".
 */
function storySentences(ctx: ComposeContext, stories: SectorStory[]): string[] {
  const out: string[] = [];
  const records = new Map<string, RecordCloseStory[]>();
  for (const s of stories) {
    if (s.kind !== "recordClose") continue;
    const since = highestSince(s, ctx.isMidday);
    records.set(since, [...(records.get(since) ?? []), s]);
  }
  const told = new Set<string>();
  for (const s of stories) {
    if (s.kind !== "recordClose") {
      out.push(`${sentence(storyClause(ctx, s))}.`);
      continue;
    }
    const since = highestSince(s, ctx.isMidday);
    const group = records.get(since) ?? [s];
    if (told.has(since)) continue;
    told.add(since);
    if (group.length === 1) {
      out.push(`${sentence(storyClause(ctx, s))}.`);
      continue;
    }
    const names = group.map((r) => ctx.nameWith(r.code, r.name, points(r.close)));
    out.push(`${listing(names)} each ${ctx.isMidday ? "stood at" : "posted"} ${since.replace(/^its /, "their ")}.`);
  }
  return out;
}

/** The day's strongest and weakest sector and concept indices, with the members that moved them. */
export function sectors(ctx: ComposeContext): Section | null {
  const {leaders, upWhileCompositeFell} = ctx.facts.sectors;
  if (leaders.length === 0) return null;
  // With few sectors the two lists overlap; a sector is named once, as a leader, and only fallers lag.
  const laggards = ctx.facts.sectors.laggards.filter((s) => s.pctChange < 0 && !leaders.some((l) => l.code === s.code));
  const blocks: Block[] = [];
  const [top, ...rest] = leaders;
  blocks.push(
    paragraph(
      top && `${ctx.vary("sector-lead", ["Leading the sector table was", "Top of the sector table was", "The strongest sector index was"])} ${withMembers(ctx, top, 3)}.`,
      rest.length > 0 && `${ctx.vary("sector-next", ["Next came", "Behind it came", "Then came"])} ${rest.map((s) => withMembers(ctx, s, 1)).join("; ")}.`,
    ),
  );
  if (laggards.length > 0) {
    blocks.push(
      paragraph(
        `${ctx.vary("sector-lag", ["At the other end,", "Lagging were", "The weakest corners were"])} ${listing(laggards.map((s) => ctx.nameWith(s.code, s.name, percent(s.pctChange, {signed: true}))))}.`,
      ),
    );
  }
  // Records, round levels and runs of sectors the spotlight does not cover, each with its figure.
  const stories = sectorStories(ctx.facts, spotlightSector(ctx)?.code ?? null);
  if (stories.length > 0) blocks.push(paragraph(...storySentences(ctx, stories)));
  if (upWhileCompositeFell.length > 0) {
    const names = upWhileCompositeFell
      .slice(0, 5)
      .map((code) => [...leaders, ...ctx.facts.sectors.notable].find((s) => s.code === code)?.name ?? code);
    blocks.push(paragraph(`Showing relative strength, ${listing(names)} rose even as the SSE Composite fell.`));
  }
  blocks.push({type: "chart", id: ctx.chart("sectors", sectorBars(ctx.facts.sectors, chartWords(ctx)))});
  return {id: "sectors", heading: "Sector leaders and laggards", blocks};
}
