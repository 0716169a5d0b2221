import {cp, readdir, readFile, rm} from "node:fs/promises";
import {existsSync} from "node:fs";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import {describe, expect, it} from "vitest";
import {createEffects} from "../../src/io/index.ts";
import {formatIssue} from "../../src/snapshot/issue.ts";
import {copyBase, treeContents} from "./dataDir.ts";

const {loadDay} = createEffects();

/**
 * Each folder under corpus/ (but _base) is one malformed snapshot: its files replace the
 * base's at the same paths (relative to data/), remove.txt lists base files to delete, and
 * expected.txt holds the issues loadDay must report, one formatted line each, in order.
 */
const CORPUS = fileURLToPath(new URL("./corpus", import.meta.url));
const CASE_FILES = new Set(["expected.txt", "remove.txt"]);

const cases = (await readdir(CORPUS, {withFileTypes: true}))
  .filter((entry) => entry.isDirectory() && entry.name !== "_base")
  .map((entry) => entry.name)
  .sort();

async function buildCase(name: string): Promise<string> {
  const dir = await copyBase();
  const caseDir = join(CORPUS, name);
  for (const entry of await readdir(caseDir)) {
    if (!CASE_FILES.has(entry)) await cp(join(caseDir, entry), join(dir, entry), {recursive: true});
  }
  if (existsSync(join(caseDir, "remove.txt"))) {
    for (const rel of (await readFile(join(caseDir, "remove.txt"), "utf8")).split("\n").filter(Boolean)) {
      await rm(join(dir, rel));
    }
  }
  return dir;
}

describe("the malformed-snapshot corpus", () => {
  it("has at least 30 cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  it("starts from a valid base", async () => {
    const day = await loadDay(await copyBase(), "2025-06-24");
    expect(day.ok ? [] : day.issues.map(formatIssue)).toEqual([]);
  });

  it.each(cases)("%s: reports exactly the expected issues and writes nothing", async (name) => {
    const dir = await buildCase(name);
    const before = await treeContents(dir);
    const day = await loadDay(dir, "2025-06-24");
    const expected = (await readFile(join(CORPUS, name, "expected.txt"), "utf8")).split("\n").filter(Boolean);
    expect(day.ok).toBe(false);
    expect(day.ok ? [] : day.issues.map(formatIssue)).toEqual(expected);
    expect(await treeContents(dir)).toEqual(before);
  });
});
