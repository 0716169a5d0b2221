import {mkdir, mkdtemp, rm, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterEach, beforeEach, describe, expect, it} from "vitest";
import {readCommentaryInputs} from "../../src/io/commentaryFiles.ts";

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "mb-commentary-"));
  await mkdir(join(dir, "briefs", "zh"), {recursive: true});
  await mkdir(join(dir, "commentary"));
  await writeFile(join(dir, "briefs", "2025-06-24.facts.json"), '{"limits": {"sealRate": 0.8}}');
  await writeFile(join(dir, "briefs", "2025-06-24.charts.json"), '[{"id": "2025-06-24-breadth"}]');
  await writeFile(join(dir, "briefs", "zh", "2025-06-24.charts.json"), '[{"id": "2025-06-24-breadth"}, {"id": "2025-06-24-ladder"}]');
  await writeFile(join(dir, "briefs", "2025-06-25.midday.facts.json"), '{"session": "midday"}');
  await writeFile(join(dir, "briefs", "2025-06-25.midday.charts.json"), '[{"id": "2025-06-25-midday-breadth"}]');
  for (const name of ["2025-06-24.mdx", "2025-06-24.zh.mdx", "notes.mdx", "2025-06-24.fr.mdx"]) await writeFile(join(dir, "commentary", name), "text");
});

afterEach(() => rm(dir, {recursive: true, force: true}));

describe("readCommentaryInputs(contentDir)", () => {
  it("reads English (DATE.mdx) and Chinese (DATE.zh.mdx) commentary, each with its own edition's charts", async () => {
    const inputs = await readCommentaryInputs(dir);
    expect(inputs.map((c) => [c.date, c.edition, c.chartIds])).toEqual([
      ["2025-06-24", "en", ["2025-06-24-breadth"]],
      ["2025-06-24", "zh-CN", ["2025-06-24-breadth", "2025-06-24-ladder"]],
    ]);
    // One facts file serves both editions.
    expect(inputs.map((c) => c.facts)).toEqual([{limits: {sealRate: 0.8}}, {limits: {sealRate: 0.8}}]);
  });

  it("reads a midday brief's commentary (DATE.midday.mdx) against the midday brief's facts and charts", async () => {
    await writeFile(join(dir, "commentary", "2025-06-25.midday.mdx"), "text");
    const midday = (await readCommentaryInputs(dir)).find((c) => c.date === "2025-06-25");
    expect(midday && [midday.session, midday.edition, midday.facts, midday.chartIds]).toEqual(["midday", "en", {session: "midday"}, ["2025-06-25-midday-breadth"]]);
  });
});
