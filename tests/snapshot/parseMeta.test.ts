import {describe, expect, it} from "vitest";
import {formatIssue} from "../../src/snapshot/issue.ts";
import {MAX_META_BYTES, parseMeta} from "../../src/snapshot/parseMeta.ts";

const FOLDER = "2025-06-24";
const utf8 = (text: string) => new TextEncoder().encode(text);
const issues = (text: string) => {
  const parsed = parseMeta(`${FOLDER}/meta.json`, utf8(text), FOLDER);
  return parsed.ok ? [] : parsed.issues.map(formatIssue);
};
const META = `{"date": "${FOLDER}", "session": "close", "timezone": "Asia/Shanghai", "source": "Quotes: test"}`;

describe("parseMeta(file, bytes, folder)", () => {
  it("reads a valid meta.json", () => {
    expect(parseMeta(`${FOLDER}/meta.json`, utf8(META), FOLDER)).toMatchObject({ok: true, value: {date: FOLDER, session: "close"}});
  });

  // Regression: a meta.json nested 500,000 levels deep crashed the brief with a stack overflow
  // (the message quoted the value through JSON.stringify).
  it("refuses a file past 64 KiB before parsing it", () => {
    const deep = `{"source": ${"[".repeat(500_000)}${"]".repeat(500_000)}}`;
    expect(issues(deep)).toEqual([`${FOLDER}/meta.json:1:1: file is 1000012 bytes: expected a small JSON object of at most 64 KiB`]);
    expect(issues(META.replace("test", "x".repeat(MAX_META_BYTES)))).toHaveLength(1);
  });

  it("refuses values nested deeper than 16 levels, at the bracket that goes too deep", () => {
    // Within 64 KiB, 20,000 levels still overflowed the stack. `{"source": ` is 11 characters,
    // the object is level 1, so the 16th "[" opens level 17, at offset 11 + 15 = 26: column 27.
    const deep = `{"source": ${"[".repeat(20_000)}${"]".repeat(20_000)}}`;
    expect(issues(deep)).toEqual([
      `${FOLDER}/meta.json:1:27: values nested more than 16 levels deep: expected an object like {"date": "${FOLDER}", ...}`,
    ]);
    // Brackets inside strings are text, not nesting.
    expect(issues(META.replace("test", "[".repeat(100)))).toEqual([]);
  });

  it("names what it found instead of an object, or instead of text", () => {
    expect(issues("[1, 2]")).toEqual([`${FOLDER}/meta.json:1:1: found an array: expected a JSON object`]);
    // Where source's value stands: {=1, "date": =8, "2025-06-24", =14, "session": =11,
    // "close", =9, "timezone": =12, "Asia/Shanghai", =17, "source": =10 → 82 characters before it.
    expect(issues(META.replace('"Quotes: test"', '[["x"]]'))).toEqual([
      `${FOLDER}/meta.json:1:83: source an array: expected the attribution line as text`,
    ]);
  });
});
