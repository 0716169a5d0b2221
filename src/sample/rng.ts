/**
 * Seeded random numbers for the sample market. Every purpose draws from its own stream
 * (a label such as "universe" or "day:2025-06-18" hashed with the seed), so adding a draw to
 * one stream never shifts the numbers of another, and the same seed always gives the same bytes.
 * The generator is pure-rand's xoroshiro128+; normals come from Box–Muller.
 */
import {uniformFloat64} from "pure-rand/distribution/uniformFloat64";
import {xoroshiro128plus} from "pure-rand/generator/xoroshiro128plus";

export interface Rng {
  /** Uniform in [0, 1). */
  float(): number;
  /** Uniform in [lo, hi). */
  uniform(lo: number, hi: number): number;
  /** Uniform integer in [lo, hi]. */
  int(lo: number, hi: number): number;
  /** Standard normal. */
  normal(): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** A new array with the items in random order (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[];
}

/** FNV-1a over the label, mixed with the seed: a 32-bit stream seed. */
function streamSeed(seed: number, label: string): number {
  let h = 0x811c9dc5 ^ (seed >>> 0);
  for (let i = 0; i < label.length; i += 1) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

export function createRng(seed: number, label: string): Rng {
  const gen = xoroshiro128plus(streamSeed(seed, label));
  const float = () => uniformFloat64(gen);
  const rng: Rng = {
    float,
    uniform: (lo, hi) => lo + (hi - lo) * float(),
    int: (lo, hi) => lo + Math.floor(float() * (hi - lo + 1)),
    normal: () => {
      const u = 1 - float();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * float());
    },
    chance: (p) => float() < p,
    pick: (items) => {
      if (items.length === 0) throw new Error("pick from an empty list");
      return items[Math.floor(float() * items.length)] as (typeof items)[number];
    },
    shuffle: (items) => {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i -= 1) {
        const j = Math.floor(float() * (i + 1));
        [out[i], out[j]] = [out[j] as (typeof out)[number], out[i] as (typeof out)[number]];
      }
      return out;
    },
  };
  return rng;
}
