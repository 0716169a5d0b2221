import {describe, expect, it} from "vitest";
import {isoDate, UsageError} from "../../src/cli/args.ts";

describe("isoDate(value, flag)", () => {
  it("accepts a real date, and no value at all", () => {
    expect(isoDate("2024-02-29", "--from")).toBe("2024-02-29");
    expect(isoDate(undefined, "--from")).toBeUndefined();
  });

  // Regression: `--from 2025-02-30` was accepted (Date.parse rolls it over to 2025-03-02).
  it.each(["2025-02-30", "2025-02-29", "2025-04-31", "2025-13-01", "2025-00-10", "2025-6-24", "20250624", ""])(
    "refuses %j, which is no day of the calendar",
    (value) => {
      expect(() => isoDate(value, "--from")).toThrow(UsageError);
      expect(() => isoDate(value, "--from")).toThrow(`--from "${value}" is not a date`);
    },
  );
});
