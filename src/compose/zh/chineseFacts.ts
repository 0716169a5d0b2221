/**
 * The facts for the Chinese brief: names as traded, except a broad index whose data gave it a
 * non-Chinese name ("SSE Composite" in a hand-made indices.csv), which takes its Chinese name
 * from the broad-index catalogue (上证指数): a Chinese reader knows the indices by those names.
 */
import type {MarketFacts} from "../../analytics/types.ts";
import {broadIndex} from "../../market/broadIndices.ts";

const CJK = /[\u3400-\u9fff]/;

export function chineseFacts(facts: MarketFacts): MarketFacts {
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (value === null || typeof value !== "object") return value;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = walk(v);
    if (typeof out.code === "string" && typeof out.name === "string" && !CJK.test(out.name)) {
      out.name = broadIndex(out.code)?.nameZh ?? out.name;
    }
    return out;
  };
  return walk(facts) as MarketFacts;
}
