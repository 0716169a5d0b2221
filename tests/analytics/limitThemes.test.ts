import {describe, expect, it} from "vitest";
import {dayContext} from "../../src/analytics/dayContext.ts";
import {limitFacts} from "../../src/analytics/limitFacts.ts";
import {limitThemes} from "../../src/analytics/limitThemes.ts";
import {day, index, snapshot, stock, weekdays} from "./fixtures.ts";

const BAR = {prevClose: 1000, open: 1000, high: 1000, low: 1000, close: 1000};
const sector = (code: string, name: string) => index(code, BAR, "concept", name);
const up = (code: string) => stock({code, prev: "10.00", close: "11.00"}); // 1000 × 1.1 = 1100: limit-up
const flat = (code: string) => stock({code, prev: "10.00", close: "10.00"});

function themesOf(stocks: ReturnType<typeof stock>[], members: Record<string, string[]>, names: Record<string, string>) {
  const snap = snapshot("2025-06-24", stocks, {members, indices: Object.entries(names).map(([c, n]) => sector(c, n))});
  const ctx = dayContext(day(snap, {calendar: weekdays("2025-01-02", "2025-06-24")}));
  return limitThemes(limitFacts(ctx).limitUp, snap);
}

describe("limitThemes(limitUp, snapshot)", () => {
  it("puts each limit-up under the theme that gathers the most of them, the largest first", () => {
    // A holds 1, 2, 3; B holds 3, 4; C holds 4. Greedy: A takes 1–3 (three), then B takes 4 (one
    // left of its two), C takes nothing.
    const themes = themesOf(
      ["600001.SH", "600002.SH", "600003.SH", "600004.SH"].map(up),
      {"885001.TI": ["600001.SH", "600002.SH", "600003.SH"], "885002.TI": ["600003.SH", "600004.SH"], "885003.TI": ["600004.SH"]},
      {"885001.TI": "A", "885002.TI": "B", "885003.TI": "C"},
    );
    expect(themes.map((t) => [t.name, t.codes, t.limitUpMembers])).toEqual([
      ["A", ["600001.SH", "600002.SH", "600003.SH"], 3],
      ["B", ["600004.SH"], 2],
    ]);
  });

  it("breaks a tie by the limit-ups among all members, then by the lower code", () => {
    // X and Y both hold 1 and 2; Y also holds 3, so Y gathers three to X's two and goes first.
    // Z and W each hold only 4: equal in every way, so the lower code, 885004.TI (W), takes it.
    const themes = themesOf(
      ["600001.SH", "600002.SH", "600003.SH", "600004.SH"].map(up),
      {"885009.TI": ["600001.SH", "600002.SH"], "885008.TI": ["600001.SH", "600002.SH", "600003.SH"], "885005.TI": ["600004.SH"], "885004.TI": ["600004.SH"]},
      {"885009.TI": "X", "885008.TI": "Y", "885005.TI": "Z", "885004.TI": "W"},
    );
    expect(themes.map((t) => t.name)).toEqual(["Y", "W"]);
  });

  it("never takes a list holding a large part of the market as a theme, and leaves a stock of no theme out", () => {
    // 250 stocks: "Margin list" holds 200 of them (80% ≥ 15%, and ≥ 200 members): a list, not a theme.
    const codes = Array.from({length: 250}, (_, i) => `6${String(i + 1).padStart(5, "0")}.SH`);
    const stocks = codes.map((c, i) => (i < 3 ? up(c) : flat(c)));
    const themes = themesOf(stocks, {"885100.TI": codes.slice(0, 200), "885101.TI": codes.slice(0, 2)}, {"885100.TI": "Margin list", "885101.TI": "Robots"});
    expect(themes.map((t) => [t.name, t.codes])).toEqual([["Robots", ["600001.SH", "600002.SH"]]]);
    // 600003.SH is only in the list: it has no theme.
  });

  it("keeps a small snapshot's sectors as themes, however large their share of it", () => {
    const themes = themesOf([up("600001.SH"), flat("600002.SH")], {"885001.TI": ["600001.SH", "600002.SH"]}, {"885001.TI": "Batteries"});
    expect(themes.map((t) => [t.name, t.memberCount, t.codes])).toEqual([["Batteries", 2, ["600001.SH"]]]);
  });
});
