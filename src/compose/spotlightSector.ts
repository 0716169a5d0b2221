import type {SectorEntry} from "../analytics/types.ts";
import type {ComposeContext} from "./context.ts";

/** The sector the strongest sector story is about, if any story is about a sector. */
export function spotlightSector(ctx: ComposeContext): SectorEntry | null {
  const {sectors, stories} = ctx.facts;
  const pool = [...sectors.notable, ...sectors.leaders];
  for (const story of stories) {
    if (story.kind !== "roundLevel" && story.kind !== "recordClose" && story.kind !== "sectorStreak") continue;
    const sector = pool.find((s) => s.code === story.code);
    if (sector) return sector;
  }
  return null;
}
