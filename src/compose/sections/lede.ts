import type {ComposeContext} from "../context.ts";
import {paragraph} from "../context.ts";
import {agree, grouped, longDate, percent} from "../format.ts";
import type {Section} from "../types.ts";
import {moved, sentence} from "../words.ts";
import {amongKnown} from "../limitCounts.ts";
import {storyClause} from "../storySentence.ts";
import {COMPOSITE, CHINEXT_INDEX} from "../../market/broadIndices.ts";

/**
 * The opening paragraph: the day's top story first, with its figure (the same story the headline
 * tells), then the broad market in one breath, then breadth and limit-ups. Without a story it
 * opens on the SSE Composite.
 */
export function lede(ctx: ComposeContext): Section | null {
  const {facts} = ctx;
  const composite = facts.indices.find((i) => i.code === COMPOSITE);
  const chinext = facts.indices.find((i) => i.code === CHINEXT_INDEX);
  if (!composite) return null;
  const top = facts.stories[0];
  const day = longDate(facts.date);
  let first: string;
  if (top) {
    const when = ctx.isMidday ? `In the morning session on ${day},` : `On ${day},`;
    // The broad gauges the story did not already name.
    const rest = [composite, chinext].filter((i): i is NonNullable<typeof i> => i !== undefined && !top.subjects.includes(i.code));
    const market = rest.map((i) => `the ${ctx.name(i.code, i.name)} ${moved(ctx, i, "lede")}`);
    const open = ctx.vary("lede-market", ["Across the broad market,", "In the wider market,", "Among the benchmarks,"]);
    first = `${when} ${storyClause(ctx, top)}.${market.length > 0 ? ` ${open} ${market.join(", while ")}.` : ""}`;
  } else {
    const opener = ctx.vary("lede-open", [
      `China's A-share market ${composite.change >= 0 ? "firmed" : "softened"} ${ctx.when} on ${day}:`,
      `A-shares ${composite.change >= 0 ? "were higher" : "were lower"} ${ctx.when} on ${day}:`,
    ]);
    first = `${opener} the ${ctx.name(composite.code, composite.name)} ${moved(ctx, composite, "lede")}${chinext ? `, while the ${ctx.name(chinext.code, chinext.name)} ${moved(ctx, chinext, "lede")}` : ""}.`;
  }
  const b = facts.breadth;
  const ratio =
    b.advancers >= b.decliners
      ? `Advancers outnumbered decliners ${grouped(b.advancers)} to ${grouped(b.decliners)}`
      : `Decliners outnumbered advancers ${grouped(b.decliners)} to ${grouped(b.advancers)}`;
  const breadth = facts.limits.knownCount === 0 ? `${ratio}; no stock's price limit could be determined.` : `${ratio}, with ${grouped(facts.limits.limitUpCount)} ${ctx.isMidday ? `${agree(facts.limits.limitUpCount, "stock")} at limit-up` : agree(facts.limits.limitUpCount, "limit-up close")}${amongKnown(facts, "short")}${facts.limits.sealRate !== null ? ` and a seal rate of ${percent(facts.limits.sealRate)}` : ""}.`;
  return {id: "lede", heading: null, blocks: [paragraph(sentence(first), breadth)]};
}
