import type {ComposeContext} from "../context.ts";
import {paragraph} from "../context.ts";
import {grouped, longDate, percent} from "../format.ts";
import type {Section} from "../types.ts";
import {moved} from "../words.ts";
import {amongKnown} from "../limitCounts.ts";
import {COMPOSITE, CHINEXT_INDEX} from "../../market/broadIndices.ts";

/** The opening paragraph: the broad market in one breath, then the day's strongest story. */
export function lede(ctx: ComposeContext): Section | null {
  const {facts} = ctx;
  const composite = facts.indices.find((i) => i.code === COMPOSITE);
  const chinext = facts.indices.find((i) => i.code === CHINEXT_INDEX);
  if (!composite) return null;
  const opener = ctx.vary("lede-open", [
    `China's A-share market ${composite.change >= 0 ? "firmed" : "softened"} ${ctx.when} on ${longDate(facts.date)}:`,
    `A-shares ${composite.change >= 0 ? "were higher" : "were lower"} ${ctx.when} on ${longDate(facts.date)}:`,
  ]);
  const first = `${opener} the ${ctx.name(composite.code, composite.name)} ${moved(ctx, composite, "lede")}${chinext ? `, while the ${ctx.name(chinext.code, chinext.name)} ${moved(ctx, chinext, "lede")}` : ""}.`;
  const b = facts.breadth;
  const ratio =
    b.advancers >= b.decliners
      ? `Advancers outnumbered decliners ${grouped(b.advancers)} to ${grouped(b.decliners)}`
      : `Decliners outnumbered advancers ${grouped(b.decliners)} to ${grouped(b.advancers)}`;
  const breadth = facts.limits.knownCount === 0 ? `${ratio}; no stock's price limit could be determined.` : `${ratio}, with ${grouped(facts.limits.limitUpCount)} ${ctx.isMidday ? "stocks at limit-up" : "limit-up closes"}${amongKnown(facts, "short")}${facts.limits.sealRate !== null ? ` and a seal rate of ${percent(facts.limits.sealRate)}` : ""}.`;
  return {id: "lede", heading: null, blocks: [paragraph(first, breadth)]};
}
