import type {ComposeContext} from "../context.ts";
import {paragraph} from "../context.ts";
import {keywords} from "../keywords.ts";
import type {Section} from "../types.ts";

/** The keywords line that closes the article text. */
export function coreKeywords(ctx: ComposeContext): Section | null {
  const list = keywords(ctx.facts);
  if (list.length === 0) return null;
  return {id: "core-keywords", heading: "Core keywords", blocks: [paragraph(`${list.join(", ")}.`)]};
}
