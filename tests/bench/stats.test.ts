import {describe, expect, it} from "vitest";
import {median, timeTurns} from "../../src/bench/stats.ts";

describe("bench statistics", () => {
  it("takes the middle value, or the mean of the middle two", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow();
  });

  it("times two measurements in turns after one unmeasured run of each", async () => {
    const calls: string[] = [];
    const [a, b] = await timeTurns(3, [async () => void calls.push("a"), async () => void calls.push("b")]);
    expect(calls).toEqual(["a", "b", "a", "b", "a", "b", "a", "b"]);
    expect(a).toHaveLength(3);
    expect(b).toHaveLength(3);
  });
});
