/**
 * The facts with every stock and index name in English, for the English brief: the security
 * master's English name (facts.englishNames), an index's own English name, and for a name
 * that has neither, its pinyin ("五粮液" → "Wuliangye", "*ST金泰" → "*ST Jintai") rather than
 * Chinese inside an English sentence. The facts themselves (facts.json) keep names as traded.
 */
import {pinyin} from "pinyin-pro";
import type {MarketFacts} from "../analytics/types.ts";

const CJK = /[\u3400-\u9fff]/;
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * A Chinese name in pinyin, each run of Chinese characters as one capitalised word, other text
 * kept (full-width letters made plain): "*ST金泰" → "*ST Jintai", "万科Ａ" → "Wanke A".
 */
export function romanised(name: string): string {
  const plain = name.normalize("NFKC");
  if (!CJK.test(plain)) return plain;
  const runs = plain.match(/[\u3400-\u9fff]+|[^\u3400-\u9fff]+/g) ?? [];
  let out = "";
  for (const run of runs) {
    const word = CJK.test(run) ? capital(pinyin(run, {toneType: "none", type: "array"}).join("")) : run;
    // Two words meet: "ST" + "Jintai", "Wanke" + "A".
    out += /[A-Za-z]$/.test(out) && /^[A-Za-z]/.test(word) ? ` ${word}` : word;
  }
  return out.trim();
}

export function englishFacts(facts: MarketFacts): MarketFacts {
  const names = facts.englishNames;
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (value === null || typeof value !== "object") return value;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = walk(v);
    if (typeof out.code === "string" && typeof out.name === "string") {
      const own = typeof out.nameEn === "string" ? out.nameEn : undefined;
      out.name = names[out.code] ?? own ?? romanised(out.name);
    }
    return out;
  };
  return walk(facts) as MarketFacts;
}
