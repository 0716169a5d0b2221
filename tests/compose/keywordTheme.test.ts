import {describe, expect, it} from "vitest";
import {keywordTheme} from "../../src/compose/keywords.ts";

describe("keywordTheme(keyword)", () => {
  it("folds case, punctuation and English plurals into one theme", () => {
    // The generator's label and an editor's addKeywords on 2025-06-24: two pages before.
    expect(keywordTheme("Solid-State Battery")).toBe("solid state battery");
    expect(keywordTheme("solid-state batteries")).toBe("solid state battery");
    expect(keywordTheme("SOLID STATE BATTERY")).toBe("solid state battery");
    expect(keywordTheme("limit-up stocks")).toBe(keywordTheme("Limit-up stock"));
    expect(keywordTheme("Chips")).toBe(keywordTheme("chip"));
    expect(keywordTheme("Switches")).toBe(keywordTheme("switch"));
  });

  it("keeps different themes apart", () => {
    expect(keywordTheme("Lithium Battery")).not.toBe(keywordTheme("Solid-State Battery"));
    expect(keywordTheme("Glass")).toBe("glass");
    expect(keywordTheme("AI")).toBe("ai");
    expect(keywordTheme("A-shares")).not.toBe(keywordTheme("shares"));
  });

  it("keeps Chinese keywords as written, full-width forms folded", () => {
    expect(keywordTheme("固态电池")).toBe("固态电池");
    expect(keywordTheme("５Ｇ")).toBe("5g");
    expect(keywordTheme("固态电池")).not.toBe(keywordTheme("锂电池"));
  });
});
