import {describe, expect, it} from "vitest";
import {inventName} from "../../src/sample/names.ts";
import {createRng, type Rng} from "../../src/sample/rng.ts";

/** An Rng whose picks are given in order (by value); nothing else may be drawn. */
function scripted(picks: string[]): Rng {
  const fail = () => {
    throw new Error("unexpected draw");
  };
  return {
    float: fail, uniform: fail, int: fail, normal: fail, chance: fail, shuffle: fail,
    pick: <T>(items: readonly T[]) => {
      const want = picks.shift();
      const found = items.find((x) => x === want);
      if (found === undefined) throw new Error(`cannot pick ${want}`);
      return found;
    },
  };
}

describe("inventName(rng, takenEn, takenZh)", () => {
  it("gives the Chinese and the English name from the same syllables and line of business", () => {
    // heng 恒, rui 瑞, Materials 材料; xin 信, da 达, Tech 科技 (the examples of the brief)
    expect(inventName(scripted(["heng", "rui", "Materials"]), new Set(), new Set())).toEqual({zh: "恒瑞材料", en: "Hengrui Materials"});
    expect(inventName(scripted(["xin", "da", "Tech"]), new Set(), new Set())).toEqual({zh: "信达科技", en: "Xinda Tech"});
  });

  it("keeps chip makers to three characters, the way 华润微 is written", () => {
    expect(inventName(scripted(["hua", "run", "Semiconductor"]), new Set(), new Set()).zh).toBe("华润微");
  });

  it("draws again when the English name is taken, and records both names", () => {
    const takenEn = new Set(["Hengrui Materials"]);
    const takenZh = new Set<string>();
    const name = inventName(scripted(["heng", "rui", "Materials", "xin", "da", "Tech"]), takenEn, takenZh);
    expect(name.en).toBe("Xinda Tech");
    expect([...takenEn].sort()).toEqual(["Hengrui Materials", "Xinda Tech"]);
    expect([...takenZh]).toEqual(["信达科技"]);
  });

  it("writes a taken Chinese name with the syllable's other hanzi, without another draw", () => {
    // 华泰电子 is a fixed name of the sample; tai's second hanzi is 太.
    const name = inventName(scripted(["hua", "tai", "Electronics"]), new Set(), new Set(["华泰电子"]));
    expect(name).toEqual({zh: "华太电子", en: "Huatai Electronics"});
  });

  it("gives thousands of distinct names of three or four Chinese characters", () => {
    const rng = createRng(1, "names-test");
    const takenEn = new Set<string>();
    const takenZh = new Set<string>();
    const names = Array.from({length: 3000}, () => inventName(rng, takenEn, takenZh));
    expect(new Set(names.map((n) => n.zh)).size).toBe(3000);
    for (const n of names) expect(n.zh, n.en).toMatch(/^[\u4e00-\u9fff]{3,4}$/);
  });
});
