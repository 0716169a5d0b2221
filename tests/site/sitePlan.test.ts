import {describe, expect, it} from "vitest";
import {planSite, PARTS_FROM} from "../../src/site/sitePlan.ts";
import {FEED_ITEMS} from "../../src/site/feedItems.ts";
import {weekdaysAfter} from "../../src/bench/benchData.ts";

/** Brief ids of consecutive weekdays after a date, with a midday brief on the days listed. */
const closes = (after: string, n: number) => weekdaysAfter(after, n);

describe("planSite: which briefs each build of a site in parts renders", () => {
  it("builds a short archive whole", () => {
    const ids = closes("2025-05-16", 40);
    expect(planSite([ids, ids])).toBeNull();
    expect(planSite([ids, ids], "never")).toBeNull();
  });

  it("puts every brief in exactly one part, past years in a part each and the head last with the lists", () => {
    const ids = closes("2023-12-20", 600);
    const plan = planSite([ids, ids]);
    expect(plan).not.toBeNull();
    const parts = plan ?? [];
    const head = parts.at(-1);
    expect(head?.name).toBe("head");
    expect(head?.lists).toBe(true);
    expect(parts.slice(0, -1).every((p) => !p.lists && /^\d{4}$/.test(p.name) && p.months.every((m) => m.startsWith(p.name)))).toBe(true);
    const months = parts.flatMap((p) => p.months);
    expect(new Set(months).size).toBe(months.length);
    expect(new Set(months)).toEqual(new Set(ids.map((id) => id.slice(0, 7))));
  });

  it("keeps in the head the newest month and the months of each edition's newest briefs, which the feeds render in full", () => {
    // Every weekday of 2025, then 3 days of 2026: the feeds' newest briefs reach back into December, not further.
    const ids = [...closes("2024-12-31", 300).filter((d) => d < "2026"), "2026-01-02", "2026-01-05", "2026-01-06"];
    const newest = [...ids].reverse().slice(0, FEED_ITEMS);
    const plan = planSite([ids, ids.slice(0, -1)]) ?? [];
    const head = plan.at(-1);
    for (const id of newest) expect(head?.months).toContain(id.slice(0, 7));
    expect(head?.months).toEqual(["2025-12", "2026-01"]);
  });

  it("counts a midday brief as a brief of its own when finding the feeds' newest", () => {
    const days = closes("2025-01-31", 120);
    const ids = [...days, ...days.slice(-FEED_ITEMS).map((d) => `${d}/midday`)];
    const head = planSite([ids, ids], "always")?.at(-1);
    // The newest FEED_ITEMS briefs are the last 10 days' closes and middays: months before those are not in the head.
    const headDays = days.filter((d) => head?.months.includes(d.slice(0, 7)));
    expect(headDays.length).toBeLessThan(days.length);
    expect(head?.months).toContain(days.at(-FEED_ITEMS / 2)?.slice(0, 7));
  });

  it("is built in parts from PARTS_FROM briefs outside the head, or always when asked", () => {
    const few = closes("2025-01-31", 60);
    expect(planSite([few, few])).toBeNull();
    expect(planSite([few, few], "always")?.length).toBeGreaterThan(1);
    const many = closes("2025-01-31", PARTS_FROM + 60);
    expect(planSite([many, many])?.length).toBeGreaterThan(1);
  });
});
