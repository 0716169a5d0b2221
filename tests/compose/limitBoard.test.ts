import {describe, expect, it} from "vitest";
import {composeBrief, type Lang} from "../../src/compose/index.ts";
import {limitBoard} from "../../src/compose/limitLists.ts";
import type {Block} from "../../src/compose/types.ts";
import {busyBoardFacts} from "./busyBoardFacts.ts";

const tablesOf = (lang: Lang) => {
  const section = composeBrief(busyBoardFacts(), lang).sections.find((s) => s.id === "breadth-and-limit-ups");
  if (!section) throw new Error("no breadth section");
  return section.blocks.filter((b): b is Extract<Block, {type: "table"}> => b.type === "table");
};

describe("limitBoard(facts): the whole limit-up board by theme", () => {
  it("holds every limit-up once, in groups by size, then one group of the rest", () => {
    const facts = busyBoardFacts();
    const groups = limitBoard(facts);
    const codes = groups.flatMap((g) => g.rows.map((r) => r.stock.code));
    expect(codes).toHaveLength(150);
    expect(new Set(codes).size).toBe(150);
    // 40 + 30 + 25 + 20 + 15 + 5 themed, the 15 of no theme last.
    expect(groups.map((g) => [g.theme?.name ?? null, g.rows.length])).toEqual([
      ["Robotics", 40],
      ["AI Computing Power", 30],
      ["Solid-State Battery", 25],
      ["Chips", 20],
      ["Low-Altitude Economy", 15],
      ["Rare Earths", 5],
      [null, 15],
    ]);
  });

  it("gives at most ten themes a table of their own; the rest share the last, their theme in a column beside each stock", () => {
    const facts = busyBoardFacts();
    // The 150 stocks re-themed in pairs: 75 themes of two, the largest (by order) first.
    const codes = facts.limits.limitUp.map((s) => s.code);
    const limitThemes = Array.from({length: 75}, (_, i) => ({code: `88${String(i).padStart(4, "0")}.TI`, name: `Theme ${i}`, memberCount: 10, limitUpMembers: 2, codes: codes.slice(2 * i, 2 * i + 2)}));
    const groups = limitBoard({...facts, limitThemes});
    expect(groups.map((g) => g.theme?.name ?? null)).toEqual([...Array.from({length: 10}, (_, i) => `Theme ${i}`), null]);
    expect(groups.at(-1)?.rows).toHaveLength(150 - 20);
    const rest = composeBrief({...facts, limitThemes}, "en").sections.find((s) => s.id === "breadth-and-limit-ups")?.blocks.at(-1);
    // Stock 21 is the first of Theme 10, the first theme past the ten.
    expect(rest?.type === "table" && rest.columns.map((c) => c.title)).toEqual(["Stock", "Theme", "Change", "Streak"]);
    expect(rest?.type === "table" && rest.rows.find((r) => r[0]?.startsWith("Stock 21 "))?.slice(0, 2)).toEqual(["Stock 21 (600021.SH)", "Theme 10"]);
  });

  it("orders each group by streak, then the larger change, then code", () => {
    for (const g of limitBoard(busyBoardFacts())) {
      for (let i = 1; i < g.rows.length; i++) {
        const [a, b] = [g.rows[i - 1], g.rows[i]];
        if (!a || !b) continue;
        const key = (r: typeof a) => [-(r.streak?.height ?? 0), -r.stock.pctChange];
        const [ka, kb] = [key(a), key(b)];
        const before = ka[0] !== kb[0] ? (ka[0] as number) < (kb[0] as number) : ka[1] !== kb[1] ? (ka[1] as number) < (kb[1] as number) : a.stock.code < b.stock.code;
        expect(before, `${a.stock.code} before ${b.stock.code}`).toBe(true);
      }
    }
  });
});

describe("the breadth section's limit-up tables", () => {
  for (const lang of ["en", "zh-CN"] as const) {
    it(`${lang}: name all 150 stocks in tables of three short columns (four with the theme), nothing cut to "and N more"`, () => {
      const tables = tablesOf(lang);
      const rows = tables.flatMap((t) => t.rows);
      expect(rows).toHaveLength(150);
      for (const t of tables) expect(t.columns.length).toBeLessThanOrEqual(4);
      expect(tables.filter((t) => t.columns.length === 3).length).toBeGreaterThan(0);
      for (let n = 1; n <= 150; n++) expect(rows.some((r) => r[0]?.includes(`${600000 + n}.SH`)), `stock ${n}`).toBe(true);
      const text = JSON.stringify(composeBrief(busyBoardFacts(), lang).sections);
      expect(text).not.toMatch(/and \d+ more|等\d+只涨停/);
    });
  }

  it("gives a gap-allowed height beside the streak where it is higher (N天M板)", () => {
    // Stock 50: 50 mod 10 = 0, so a streak of 1 + (50 mod 4) = 3; 50 mod 25 = 0, so 4 boards in 5 sessions.
    const en = tablesOf("en").flatMap((t) => t.rows).find((r) => r[0]?.includes("600050.SH"));
    const zh = tablesOf("zh-CN").flatMap((t) => t.rows).find((r) => r[0]?.includes("600050.SH"));
    expect(en?.at(-1)).toBe("3 (4 in 5 days)");
    expect(zh?.at(-1)).toBe("5天4板");
  });
});

// A bare spot table (AKShare, Sina) carries no sector membership: the brief says so instead of
// claiming that no theme gathered two limit-ups.
describe("a limit-up board from data without sector membership", () => {
  const bare = () => {
    const facts = busyBoardFacts();
    return {...facts, limitThemes: [], limits: {...facts.limits, limitUp: facts.limits.limitUp.map((s) => ({...s, sectors: []}))}};
  };
  const prose = (lang: Lang) => {
    const section = composeBrief(bare(), lang).sections.find((s) => s.id === "breadth-and-limit-ups");
    return (section?.blocks ?? []).flatMap((b) => (b.type === "paragraph" ? [b.children.map((c) => c.value).join("")] : [])).join("\n");
  };

  it("says the data gives no membership and lists every stock in one table, in both editions", () => {
    expect(prose("en")).toContain("The day's data gives no sector membership, so the 150 limit-ups are not grouped by theme.");
    expect(prose("en")).not.toMatch(/No theme gathered|grouped by theme,/);
    expect(prose("zh-CN")).toContain("当日数据未含板块成分");
    expect(prose("zh-CN")).not.toContain("分属不同题材");
    for (const lang of ["en", "zh-CN"] as const) {
      const section = composeBrief(bare(), lang).sections.find((s) => s.id === "breadth-and-limit-ups");
      const tables = (section?.blocks ?? []).filter((b) => b.type === "table");
      expect(tables).toHaveLength(1);
      expect(tables[0]?.type === "table" && tables[0].rows).toHaveLength(150);
    }
  });
});
