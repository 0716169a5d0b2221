import {describe, expect, it} from "vitest";
import {readFile, writeFile, mkdir} from "node:fs/promises";
import {join} from "node:path";
import {createEffects} from "../../src/io/index.ts";
import {computeFacts, factsToJson} from "../../src/analytics/index.ts";
import {composeBrief} from "../../src/compose/index.ts";
import {toMdx} from "../../src/mdx/index.ts";
import {formatIssue} from "../../src/snapshot/issue.ts";

const {loadDay} = createEffects();

/**
 * Whole briefs against golden files: a small hand-made snapshot in, the expected MDX and facts
 * beside it. Goldens change only on purpose: `UPDATE_GOLDEN=1 npm test` rewrites them (never
 * under CI=true), and their diff is read before committing.
 */
const CASES = [{name: "small", date: "2025-06-24"}];
const update = process.env.UPDATE_GOLDEN === "1" && process.env.CI !== "true";

describe("golden briefs", () => {
  for (const c of CASES) {
    it(`${c.name}: ${c.date} gives the expected MDX and facts`, async () => {
      const dir = join("tests/golden", c.name);
      const loaded = await loadDay(join(dir, "data"), c.date);
      if (!loaded.ok) throw new Error(loaded.issues.map(formatIssue).join("\n"));
      const {facts} = computeFacts(loaded.value);
      const provenance = {generator: "golden", inputHash: "0".repeat(64)};
      const outputs = {
        [`${c.date}.mdx`]: toMdx(composeBrief(facts), provenance),
        // The Chinese edition from the same facts.
        [`${c.date}.zh.mdx`]: toMdx(composeBrief(facts, "zh-CN"), provenance),
        [`${c.date}.facts.json`]: factsToJson(facts),
      };
      for (const [name, actual] of Object.entries(outputs)) {
        const path = join(dir, "expected", name);
        if (update) {
          await mkdir(join(dir, "expected"), {recursive: true});
          await writeFile(path, actual);
        }
        expect(actual, `${path} differs (UPDATE_GOLDEN=1 to accept, after reading the diff)`).toBe(await readFile(path, "utf8"));
      }
    });
  }
});
