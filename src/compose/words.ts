import type {Board} from "../market/board.ts";
import type {IndexFacts} from "../analytics/types.ts";
import type {ComposeContext} from "./context.ts";
import {percentAbs, points} from "./format.ts";

export const BOARD_NAME: Record<Board, string> = {
  main: "the main boards",
  chinext: "ChiNext",
  star: "the STAR Market",
  bse: "the Beijing Stock Exchange",
};

/** "rose 1.23% to 3,456.78" / "fell …" / "was flat at …" */
export function moved(ctx: ComposeContext, index: IndexFacts, topic: string): string {
  if (index.change === 0) return `was flat at ${points(index.close)}`;
  const up = index.change > 0;
  const verb = ctx.vary(`${topic}:${index.code}`, up ? ["rose", "gained", "added", "climbed"] : ["fell", "lost", "slipped", "declined"]);
  return `${verb} ${percentAbs(index.pctChange)} to ${points(index.close)}`;
}

/** Capitalizes the first letter of a sentence. */
export const sentence = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
