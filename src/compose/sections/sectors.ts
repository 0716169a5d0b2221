import type {SectorEntry} from "../../analytics/types.ts";
import type {ComposeContext} from "../context.ts";
import {paragraph} from "../context.ts";
import {listing, percent} from "../format.ts";
import {sectorBars} from "../charts/sectorBars.ts";
import {chartWords} from "../charts/chartWordsByLang.ts";
import type {Block, Section} from "../types.ts";

const STATUS: Record<string, string> = {limitUp: ", limit-up", limitDown: ", limit-down", broken: ", off its limit-up high"};

function withMembers(ctx: ComposeContext, s: SectorEntry, members: number): string {
  const movers = s.leadingMembers
    .slice(0, members)
    .filter((m) => m.pctChange > 0)
    .map((m) => ctx.nameWith(m.code, m.name, `${percent(m.pctChange, {signed: true})}${STATUS[m.limitStatus] ?? ""}`));
  return `${ctx.name(s.code, s.name)}, ${percent(s.pctChange, {signed: true})}${movers.length ? `, led by ${listing(movers)}` : ""}`;
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
      rest.length > 0 && `Close behind: ${rest.map((s) => withMembers(ctx, s, 1)).join("; ")}.`,
    ),
  );
  if (laggards.length > 0) {
    blocks.push(
      paragraph(
        `${ctx.vary("sector-lag", ["At the other end,", "Lagging were", "The weakest corners were"])} ${listing(laggards.map((s) => ctx.nameWith(s.code, s.name, percent(s.pctChange, {signed: true}))))}.`,
      ),
    );
  }
  if (upWhileCompositeFell.length > 0) {
    const names = upWhileCompositeFell
      .slice(0, 5)
      .map((code) => [...leaders, ...ctx.facts.sectors.notable].find((s) => s.code === code)?.name ?? code);
    blocks.push(paragraph(`Showing relative strength, ${listing(names)} rose even as the SSE Composite fell.`));
  }
  blocks.push({type: "chart", id: ctx.chart("sectors", sectorBars(ctx.facts.sectors, chartWords(ctx)))});
  return {id: "sectors", heading: "Sector leaders and laggards", blocks};
}
