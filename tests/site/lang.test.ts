import {describe, expect, it} from "vitest";
import {feedLanguage, langOfPath, paths} from "../../src/site/lang.ts";

describe("langOfPath(pathname)", () => {
  it("reads the edition from the path: /zh/ is Chinese, the rest English", () => {
    expect(langOfPath("/zh/")).toBe("zh-CN");
    expect(langOfPath("/zh")).toBe("zh-CN");
    expect(langOfPath("/zh/briefs/2025-06-24/")).toBe("zh-CN");
    expect(langOfPath("/briefs/2025-06-24/")).toBe("en");
    // A keyword that merely starts with "zh" is English.
    expect(langOfPath("/keywords/zhongji/")).toBe("en");
  });
});

describe("paths", () => {
  it("puts the Chinese edition's pages under /zh/ and shares the facts", () => {
    expect(paths.brief("en", "2025-06-24")).toBe("/briefs/2025-06-24/");
    expect(paths.brief("zh-CN", "2025-06-24")).toBe("/zh/briefs/2025-06-24/");
    expect(paths.keywordFeed("zh-CN", "固态电池")).toBe("/zh/keywords/固态电池/rss.xml");
    expect(paths.facts("2025-06-24")).toBe("/briefs/2025-06-24/facts.json");
    expect(paths.home("zh-CN")).toBe("/zh/");
  });

  it("names the feed language as RSS writes it", () => {
    expect(feedLanguage("zh-CN")).toBe("zh-cn");
    expect(feedLanguage("en")).toBe("en");
  });
});
