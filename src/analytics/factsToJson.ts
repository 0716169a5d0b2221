/**
 * MarketFacts as the public JSON beside each brief: keys sorted at every level (stable
 * whatever order the code built objects in), 2-space indent, trailing newline. Arrays keep
 * their order, which the facts already fixed with explicit tie-breaks.
 */
import type {MarketFacts} from "./types.ts";

function sortKeys(value: unknown, path: string): unknown {
  if (typeof value === "number" && !Number.isFinite(value)) {
    throw new Error(`factsToJson: ${path} is ${value}; facts must hold finite numbers`);
  }
  if (Array.isArray(value)) return value.map((v, i) => sortKeys(v, `${path}[${i}]`));
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeys(v, `${path}.${key}`);
    }
    return out;
  }
  return value;
}

export function factsToJson(facts: MarketFacts): string {
  return `${JSON.stringify(sortKeys(facts, "facts"), null, 2)}\n`;
}
