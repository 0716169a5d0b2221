import {describe, expect, it} from "vitest";
import {dayBefore, exchangeSessions, isExchangeSession, sessionsBetween} from "../../src/market/calendar.ts";

const sessionsIn = (year: string) => exchangeSessions().filter((d) => d.startsWith(year)).length;

describe("exchangeSessions()", () => {
  it("counts the sessions the exchanges published for each year", () => {
    // Year totals the exchanges' calendars give: 2019 244, 2020 243, 2021 243, 2022–2024 242, 2025 243.
    expect([2019, 2020, 2021, 2022, 2023, 2024, 2025].map((y) => sessionsIn(String(y)))).toEqual([
      244, 243, 243, 242, 242, 242, 243,
    ]);
  });

  it("starts with the SSE's first session and is ascending", () => {
    const all = exchangeSessions();
    expect(all[0]).toBe("1990-12-19");
    expect(all.every((d, i) => i === 0 || (all[i - 1] as string) < d)).toBe(true);
  });
});

describe("isExchangeSession(date)", () => {
  it("closes on holidays and weekends, make-up working Saturdays included", () => {
    expect(isExchangeSession("2024-02-09")).toBe(false); // Spring Festival eve: closed by the SSE's notice
    expect(isExchangeSession("2025-10-08")).toBe(false); // National Day and Mid-Autumn, 2025
    expect(isExchangeSession("2025-09-28")).toBe(false); // a Sunday the State Council made a working day
    expect(isExchangeSession("2015-09-03")).toBe(false); // Victory Day parade
    expect(isExchangeSession("2025-06-24")).toBe(true);
    expect(isExchangeSession("2025-10-09")).toBe(true);
  });

  it.each([
    ["2025-06-02", false, "Dragon Boat Festival (Monday)"],
    ["2025-01-28", false, "Spring Festival eve 2025"],
    ["2023-06-23", false, "Dragon Boat 2023 (Friday)"],
    ["2026-02-16", false, "Spring Festival 2026, by the exchanges' joint notice"],
    ["2025-06-03", true, "the first session of June 2025"],
    ["2025-05-30", true, "the Friday before the Dragon Boat closure"],
  ])("%s is a session: %s (%s)", (date, open) => {
    expect(isExchangeSession(date)).toBe(open);
  });

  it("does not judge dates outside the shipped span", () => {
    expect(isExchangeSession("2027-01-04")).toBeNull();
    expect(isExchangeSession("1990-12-18")).toBeNull();
  });

  it("agrees with exchangeSessions on every date of a year", () => {
    const listed = new Set(exchangeSessions());
    for (let d = Date.parse("2024-01-01T00:00:00Z"); d <= Date.parse("2024-12-31T00:00:00Z"); d += 86_400_000) {
      const iso = new Date(d).toISOString().slice(0, 10);
      expect(isExchangeSession(iso), iso).toBe(listed.has(iso));
    }
  });
});

describe("sessionsBetween(from, to)", () => {
  it("skips the Dragon Boat Monday between 2025-05-30 and 2025-06-03", () => {
    expect(sessionsBetween("2025-05-29", "2025-06-04")).toEqual(["2025-05-29", "2025-05-30", "2025-06-03", "2025-06-04"]);
  });
});

describe("dayBefore(date)", () => {
  it("steps back over month and year ends and leap days", () => {
    expect([dayBefore("2025-03-01"), dayBefore("2024-03-01"), dayBefore("2025-01-01")]).toEqual(["2025-02-28", "2024-02-29", "2024-12-31"]);
  });
});
