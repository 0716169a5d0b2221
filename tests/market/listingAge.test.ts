import {describe, expect, it} from "vitest";
import {exchangeSessions} from "../../src/market/calendar.ts";
import {listingAge} from "../../src/market/listingAge.ts";

const CALENDAR = exchangeSessions().filter((d) => d <= "2025-07-09");

describe("listingAge(date, calendar, listDate, masterListDate, tradedName)", () => {
  it("counts sessions from the day's own listing date first", () => {
    // 屹唐 listed on Tuesday 2025-07-08: Wednesday 07-09 is its second session.
    expect(listingAge("2025-07-09", CALENDAR, "2025-07-08", "2020-01-02", "C屹唐")).toEqual({
      sessions: 2, listDate: "2025-07-08", source: "listDate",
    });
  });

  it("takes the security master's listing date when the day has none", () => {
    // 2025-06-30 (Mon) … 07-09 (Wed): 8 sessions, 06-30 counting as 1.
    expect(listingAge("2025-07-09", CALENDAR, null, "2025-06-30", "某某科技")).toMatchObject({sessions: 8, source: "master"});
  });

  it("reads the N and C marks when no listing date is known", () => {
    expect(listingAge("2025-07-09", CALENDAR, null, null, "N屹唐")).toEqual({sessions: 1, listDate: "2025-07-09", source: "nameMark"});
    expect(listingAge("2025-07-09", CALENDAR, null, null, "C屹唐")).toMatchObject({sessions: 2, source: "nameMark"});
  });

  it("puts an unmarked Chinese name past every new-listing window, with no listing date", () => {
    expect(listingAge("2025-07-09", CALENDAR, null, null, "浦发银行")).toEqual({sessions: 6, listDate: null, source: "unmarkedName"});
  });

  it("knows nothing from a name that is not as the exchange writes it", () => {
    expect(listingAge("2025-07-09", CALENDAR, null, null, "Ping An Bank")).toBeNull();
  });
});
