/** Both stories merged into one index script and one stock script (they fix different things, or agree). */
import type {IndexScript, StockScript} from "./script.ts";
import {STORY_A_INDEX, STORY_A_STOCKS} from "./storyA.ts";
import {STORY_B_INDEX, STORY_B_STOCKS} from "./storyB.ts";

/** Merges two-level records; a key both define must not be given twice. */
function merge2<T>(parts: (Record<string, Record<string, T>> | undefined)[]): Record<string, Record<string, T>> {
  const out: Record<string, Record<string, T>> = {};
  for (const part of parts) {
    for (const [k, inner] of Object.entries(part ?? {})) {
      const target = (out[k] ??= {});
      for (const [k2, v] of Object.entries(inner)) {
        if (k2 in target && JSON.stringify(target[k2]) !== JSON.stringify(v)) throw new Error(`stories disagree on ${k} ${k2}`);
        target[k2] = v;
      }
    }
  }
  return out;
}

const indexParts = [STORY_A_INDEX, STORY_B_INDEX];
const stockParts = [STORY_A_STOCKS, STORY_B_STOCKS];

export const INDEX_SCRIPT: IndexScript = {
  returns: merge2(indexParts.map((p) => p.returns)),
  levels: merge2(indexParts.map((p) => p.levels)),
  ceilings: indexParts.flatMap((p) => p.ceilings ?? []),
  shapes: merge2(indexParts.map((p) => p.shapes)),
  sectorClamp: Object.assign({}, ...indexParts.map((p) => p.sectorClamp ?? {})),
};

export const STOCK_SCRIPT: StockScript = {
  events: merge2(stockParts.map((p) => p.events)),
  monthTargets: Object.assign({}, ...stockParts.map((p) => p.monthTargets ?? {})),
  caps: stockParts.flatMap((p) => p.caps ?? []),
  days: Object.assign({}, ...stockParts.map((p) => p.days ?? {})),
};
