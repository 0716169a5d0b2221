import {describe, expect, it} from "vitest";
import {computeFacts} from "../../src/analytics/index.ts";
import {composeBrief} from "../../src/compose/index.ts";
import type {Brief} from "../../src/compose/types.ts";
import {day, snapshot, stock, weekdays} from "../analytics/fixtures.ts";

const DATE = "2025-06-24";
const CAL = weekdays("2025-01-02", DATE);

/** The brief's words: paragraphs, and the tables' cells (the limit-up board names its stocks there). */
const prose = (brief: Brief) =>
  brief.sections
    .flatMap((s) => s.blocks.flatMap((b) => (b.type === "paragraph" ? [b.children.map((c) => c.value).join("")] : b.type === "table" ? b.rows.map((r) => r.join(" | ")) : [])))
    .join("\n");

describe("limit counts in the brief", () => {
  it("never print zero for unknown: a day whose limits are all unknown says so", () => {
    // English names, no ST flag, no listing date and no master: nothing tells these stocks' limits.
    const quotes = ["600001.SH", "600002.SH", "000001.SZ"].map((code) =>
      stock({code, name: `Company ${code}`, prev: "10.00", close: "11.00", isSt: null, listDate: null}),
    );
    const {facts} = computeFacts(day(snapshot(DATE, quotes), {calendar: CAL}));
    const text = prose(composeBrief(facts));
    expect(facts.limits.knownCount).toBe(0);
    expect(text).not.toMatch(/\b(zero|0) (stocks )?closed limit-up\b/i);
    expect(text).toContain("The price limits of all 3 stocks could not be determined (see the note at the end), so there is no count of limit-up and limit-down closes.");
  });

  it("say a zero count covers only the stocks whose limit is known", () => {
    const quotes = [
      stock({code: "600001.SH", name: "Company A", prev: "10.00", close: "10.50"}),
      stock({code: "600002.SH", name: "Company B", prev: "10.00", close: "11.00", isSt: null, listDate: null}),
    ];
    const {facts} = computeFacts(day(snapshot(DATE, quotes), {calendar: CAL}));
    const text = prose(composeBrief(facts));
    expect(text).toContain("No stock closed limit-up or limit-down among the one stock whose price limit could be determined");
    expect(text).toContain("The counts are incomplete: the price limit of one stock could not be determined");
    expect(text).not.toMatch(/\b(zero|0) (stocks )?closed limit-up\b/i);
  });

  it("counts a real spot table's stocks from their traded names, with no listing dates at all", () => {
    // As AKShare's East Money table delivers them: Chinese names as traded, no ST flag, no listing date.
    const quotes = [
      stock({code: "000001.SZ", name: "平安银行", prev: "12.84", close: "14.12", isSt: null, listDate: null}), // 1284 × 1.1 = 1412.4 → 1412
      stock({code: "600777.SH", name: "*ST新潮", prev: "5.87", close: "6.16", isSt: null, listDate: null}), // 587 × 1.05 = 616.35 → 616
      stock({code: "688729.SH", name: "C屹唐", prev: "30.00", close: "45.00", isSt: null, listDate: null}), // no limit yet
    ];
    const {facts} = computeFacts(day(snapshot(DATE, quotes), {calendar: CAL}));
    expect(facts.limits.limitUp.map((s) => s.code)).toEqual(["000001.SZ"]);
    expect(facts.limits.withSt.limitUpCount).toBe(2);
    expect(facts.limits.excluded.noLimitListings).toBe(1);
    expect(facts.limits.unknown.total).toBe(0);
    const text = prose(composeBrief(facts));
    // The English brief names them in pinyin, not in Chinese inside English sentences.
    expect(text).toContain("Pinganyinhang (000001.SZ)");
    expect(text).not.toMatch(/[\u3400-\u9fff]/);
  });
});
