import {describe, expect, it} from "vitest";
import {briefId, briefIdOfFile, parseBriefId} from "../../src/site/briefId.ts";
import {paths} from "../../src/site/lang.ts";

describe("briefId(date, session)", () => {
  it("gives the midday brief its own id and so its own page, beside the close", () => {
    expect(briefId("2025-06-25")).toBe("2025-06-25");
    expect(briefId("2025-06-25", "midday")).toBe("2025-06-25/midday");
    expect(paths.brief("en", briefId("2025-06-25", "midday"))).toBe("/briefs/2025-06-25/midday/");
    expect(paths.brief("zh-CN", briefId("2025-06-25", "midday"))).toBe("/zh/briefs/2025-06-25/midday/");
  });

  it("reads back the date and session", () => {
    expect(parseBriefId("2025-06-25/midday")).toEqual({date: "2025-06-25", session: "midday"});
    expect(parseBriefId("2025-06-24")).toEqual({date: "2025-06-24", session: "close"});
  });

  it("names content files' entries the same way, whatever the edition", () => {
    expect(briefIdOfFile("2025-06-25.midday.mdx")).toBe("2025-06-25/midday");
    expect(briefIdOfFile("2025-06-25.midday.zh.mdx")).toBe("2025-06-25/midday");
    expect(briefIdOfFile("2025-06-24.zh.mdx")).toBe("2025-06-24");
    expect(briefIdOfFile("2025-06-24.mdx")).toBe("2025-06-24");
  });
});
