import type {ComposeContext} from "../../context.ts";
import type {Section} from "../../types.ts";
import {enumerate} from "../format.ts";
import {zhKeywords} from "../keywords.ts";
import {zhParagraph} from "../words.ts";

/** 关键词: the line that closes the article text. */
export function coreKeywords(ctx: ComposeContext): Section | null {
  const list = zhKeywords(ctx.facts);
  if (list.length === 0) return null;
  return {id: "core-keywords", heading: "关键词", blocks: [zhParagraph(`${enumerate(list)}。`)]};
}
