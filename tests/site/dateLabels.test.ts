import {describe, expect, it} from "vitest";
import {dayLabel, monthLabel, shanghaiLabel} from "../../src/site/dateLabels.ts";

describe("shanghaiLabel(date, lang)", () => {
  it("prints the time in Shanghai (UTC+8) in either edition", () => {
    // 07:00 UTC + 8 h = 15:00 in Shanghai, the close.
    const close = new Date("2025-06-24T07:00:00Z");
    expect(shanghaiLabel(close)).toBe("June 24, 2025, 15:00 Beijing time");
    expect(shanghaiLabel(close, "zh-CN")).toBe("2025年6月24日 15:00（北京时间）");
  });

  it("moves to the next day when UTC is still on the day before", () => {
    // 20:30 UTC on the 23rd + 8 h = 04:30 on the 24th.
    expect(shanghaiLabel(new Date("2025-06-23T20:30:00Z"), "zh-CN")).toBe("2025年6月24日 04:30（北京时间）");
  });
});

describe("monthLabel(month, lang)", () => {
  it("names a month in English or Chinese", () => {
    expect(monthLabel("2025-06")).toBe("June 2025");
    expect(monthLabel("2025-06", "zh-CN")).toBe("2025年6月");
  });
});

// Issue 15: the site printed "24 June 2025" above an article saying "June 24, 2025", and "2025-06-24" in lists.
describe("dayLabel(iso, lang)", () => {
  it("prints a day as the briefs' prose does, one format per language", () => {
    expect(dayLabel("2025-06-24")).toBe("June 24, 2025");
    expect(dayLabel("2025-06-04", "zh-CN")).toBe("2025年6月4日");
  });

  it("is the day shanghaiLabel starts with", () => {
    const close = new Date("2025-06-24T07:00:00Z");
    expect(shanghaiLabel(close).startsWith(dayLabel("2025-06-24"))).toBe(true);
    expect(shanghaiLabel(close, "zh-CN").startsWith(dayLabel("2025-06-24", "zh-CN"))).toBe(true);
  });
});
