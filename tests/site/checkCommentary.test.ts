import {describe, expect, it} from "vitest";
import {checkCommentary} from "../../src/site/checkCommentary.ts";
import {formatIssue} from "../../src/snapshot/issue.ts";

const day = {facts: {limits: {sealRate: 0.78}, sectors: {leaders: [{name: "Coal"}]}}, chartIds: ["2025-06-24-breadth"]};
const file = "content/commentary/2025-06-24.mdx";
const check = (text: string) => checkCommentary(file, text, day).map(formatIssue);

describe("checkCommentary(file, text, day)", () => {
  it("accepts components that name real facts, charts and stocks", () => {
    expect(check('Seal rate <Figure of="limits.sealRate" />.\n\n<Chart id="2025-06-24-breadth" />\n\nSee <Stock code="002125.SZ" />.\n')).toEqual([]);
  });

  it("names file and line of a misspelled fact path, counting front matter lines", () => {
    // front matter is lines 1-3, blank line 4, the paragraph is line 5, the Figure at column 10
    const text = "---\ntitle: X\n---\n\nSeal rate <Figure of=\"limits.sealRat\" />.\n";
    expect(check(text)).toEqual([
      `${file}:5:11: <Figure of="limits.sealRat">: "limits.sealRat" names no fact: nothing at limits.sealRat`,
    ]);
  });

  it("names a chart id that the day does not have", () => {
    expect(check('Intro.\n\n<Chart id="2025-06-24-nope" />\n')).toEqual([
      `${file}:3:1: <Chart id="2025-06-24-nope"> names no chart of this day (charts: 2025-06-24-breadth)`,
    ]);
  });

  it("rejects components commentary cannot use, and expressions in place of strings", () => {
    expect(check("<Foo />\n\n<Figure of={x} />\n")).toEqual([
      `${file}:1:1: <Foo> is not a component commentary can use (use <Chart>, <Figure>, <Stock>)`,
      `${file}:3:1: <Figure> needs of="…" as a plain string`,
    ]);
  });

  it("reports broken MDX with its position", () => {
    const issues = check("Fine line.\n\nBroken <Figure of=\"x\"\n");
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(/^content\/commentary\/2025-06-24\.mdx:3:\d+: not valid MDX/);
  });
});

describe("checkCommentary: what commentary may hold", () => {
  it("refuses import/export and {expressions}, which would run code, with their lines", () => {
    const text = "---\nauthor: x\n---\n\nimport X from './x.js'\n\nSeal rate {1 + 1} today.\n";
    const issues = checkCommentary("c.mdx", text, {facts: {}, chartIds: []});
    expect(issues.map((i) => [i.row, i.message.split(" is ")[0]])).toEqual([
      [5, "import/export"],
      [7, "a {…} expression"],
    ]);
  });
});
