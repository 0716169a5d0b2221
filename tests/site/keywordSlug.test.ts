import {describe, expect, it} from "vitest";
import {keywordInitial, keywordSlug, keywordSortKey} from "../../src/site/keywordSlug.ts";

describe("keywordSlug(keyword)", () => {
  it("lower-cases Latin keywords and joins words with hyphens", () => {
    expect(keywordSlug("Solid-State Battery")).toBe("solid-state-battery");
    expect(keywordSlug("Food & Beverage")).toBe("food-beverage");
  });

  it("keeps Chinese characters as they are, so the slug needs no dictionary", () => {
    expect(keywordSlug("固态电池")).toBe("固态电池");
    // Full-width letters and digits fold to ASCII (NFKC), so "Ａ股" and "A股" are one keyword.
    expect(keywordSlug("Ａ股")).toBe("a股");
    expect(keywordSlug("*ST恒瑞")).toBe("st恒瑞");
  });

  it("is the same for the same keyword, run after run", () => {
    expect(keywordSlug("湘潭电化")).toBe(keywordSlug("湘潭电化"));
  });

  it("cuts a long keyword to 40 code points, ending in a hash of the whole keyword", () => {
    const long = "固态电池".repeat(15); // 60 characters
    const slug = keywordSlug(long);
    expect([...slug].length).toBeLessThanOrEqual(40);
    // 31 characters kept, "-", 8 hex digits: 40 in all.
    expect(slug).toMatch(/^(固态电池)+固态电-[0-9a-f]{8}$/);
    expect(keywordSlug(`${long}甲`)).not.toBe(slug);
    expect(Buffer.byteLength(slug)).toBeLessThan(255);
  });

  it("gives a keyword of punctuation alone a hashed slug rather than an empty one", () => {
    expect(keywordSlug("***")).toMatch(/^keyword-[0-9a-f]{8}$/);
    expect(keywordSlug("***")).not.toBe(keywordSlug("+++"));
  });
});

describe("keywordInitial(label)", () => {
  it("files Latin keywords under their first letter and Chinese ones under their pinyin initial", () => {
    expect(keywordInitial("Chips")).toBe("C");
    expect(keywordInitial("固态电池")).toBe("G"); // gù
    expect(keywordInitial("A股")).toBe("A");
    expect(keywordInitial("5G")).toBe("#");
  });
});

describe("keywordSortKey(label)", () => {
  it("sorts Chinese keywords by pinyin", () => {
    const sorted = ["芯片", "固态电池", "半导体"].sort((a, b) => keywordSortKey(a).localeCompare(keywordSortKey(b), "en"));
    expect(sorted).toEqual(["半导体", "固态电池", "芯片"]); // ban, gu, xin
  });
});
