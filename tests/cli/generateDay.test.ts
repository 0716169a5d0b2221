import {cp, mkdir, mkdtemp, readFile, rm, writeFile} from "node:fs/promises";
import {existsSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterEach, beforeEach, describe, expect, it} from "vitest";
import matter from "gray-matter";
import {generateDay} from "../../src/cli/generateDay.ts";
import {createEffects} from "../../src/io/index.ts";
import {formatIssue} from "../../src/snapshot/issue.ts";

const SMALL = "tests/golden/small/data";
let root: string;
let data: string;
let content: string;

/** The small golden market (2025-06-23, 2025-06-24), with 2025-06-24's quotes copied in as `session` into `folder`. */
async function withSnapshot(folder: string, session: "close" | "midday"): Promise<void> {
  await cp(join(SMALL, "2025-06-24"), join(data, folder), {recursive: true});
  const meta = JSON.parse(await readFile(join(data, folder, "meta.json"), "utf8")) as Record<string, unknown>;
  await writeFile(join(data, folder, "meta.json"), JSON.stringify({...meta, session}));
}

const options = (middays: string[] = []) => ({dataDir: data, contentDir: content, generator: "test", force: false, effects: createEffects({cacheDir: join(root, "cache")}), middays});
const front = async (name: string) => matter(await readFile(join(content, "briefs", name), "utf8")).data as Record<string, unknown>;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "mb-generate-"));
  data = join(root, "data");
  content = join(root, "content");
  await cp(SMALL, data, {recursive: true});
});

afterEach(() => rm(root, {recursive: true, force: true}));

describe("generateDay(date, options, midday)", () => {
  it("writes a date's midday brief and its close side by side, neither clobbering the other", async () => {
    await withSnapshot("midday/2025-06-24", "midday");
    const midday = await generateDay("2025-06-24", options(["2025-06-24"]), true);
    expect(midday.status, midday.status === "invalid" ? midday.issues.map(formatIssue).join("\n") : "").toBe("written");
    const close = await generateDay("2025-06-24", options(["2025-06-24"]));
    expect(close.status).toBe("written");
    expect((await front("2025-06-24.midday.mdx")).session).toBe("midday");
    expect((await front("2025-06-24.mdx")).session).toBe("close");
    expect((await front("zh/2025-06-24.midday.mdx")).session).toBe("midday");
    expect(JSON.parse(await readFile(join(content, "briefs", "2025-06-24.midday.facts.json"), "utf8")).session).toBe("midday");
    // Each brief's charts are its own.
    const ids = (name: string) => readFile(join(content, "briefs", name), "utf8").then((t) => (JSON.parse(t) as {id: string}[]).map((c) => c.id));
    expect((await ids("2025-06-24.midday.charts.json")).every((id) => id.startsWith("2025-06-24-midday-"))).toBe(true);
    expect((await ids("2025-06-24.charts.json")).some((id) => id.includes("midday"))).toBe(false);
    // Up to date afterwards, each by its own input hash.
    expect((await generateDay("2025-06-24", options(["2025-06-24"]), true)).status).toBe("up-to-date");
    expect((await generateDay("2025-06-24", options(["2025-06-24"]))).status).toBe("up-to-date");
  });

  it("writes a midday snapshot in the date's own folder under the midday names", async () => {
    await rm(join(data, "2025-06-24"), {recursive: true});
    await withSnapshot("2025-06-24", "midday");
    // An earlier version wrote a midday brief under the close's names: that copy goes.
    await mkdir(join(content, "briefs", "zh"), {recursive: true});
    for (const name of ["2025-06-24.mdx", "zh/2025-06-24.mdx"]) await writeFile(join(content, "briefs", name), "---\nsession: midday\n---\n");
    expect((await generateDay("2025-06-24", options())).status).toBe("written");
    expect(existsSync(join(content, "briefs", "zh", "2025-06-24.mdx"))).toBe(false);
    expect(existsSync(join(content, "briefs", "2025-06-24.midday.mdx"))).toBe(true);
    expect(existsSync(join(content, "briefs", "2025-06-24.mdx"))).toBe(false);
  });

  it("refuses a second midday snapshot of a date, and a close in the midday folder, naming the folder", async () => {
    await rm(join(data, "2025-06-24"), {recursive: true});
    await withSnapshot("2025-06-24", "midday");
    await withSnapshot("midday/2025-06-24", "midday");
    const twice = await generateDay("2025-06-24", options(["2025-06-24"]));
    expect(twice.status === "invalid" && twice.issues.map(formatIssue)).toEqual([
      "2025-06-24/meta.json:1:1: a midday snapshot, and so is midday/2025-06-24/: keep one (the close of 2025-06-24 goes in 2025-06-24/)",
    ]);
    await withSnapshot("midday/2025-06-24", "close");
    const wrong = await generateDay("2025-06-24", {...options(["2025-06-24"]), force: true}, true);
    expect(wrong.status === "invalid" && wrong.issues.map(formatIssue)).toEqual([
      'midday/2025-06-24/meta.json:1:1: session "close" in the midday folder: expected "midday" (the close of 2025-06-24 goes in 2025-06-24/)',
    ]);
    expect(existsSync(join(content, "briefs"))).toBe(false);
  });
});
