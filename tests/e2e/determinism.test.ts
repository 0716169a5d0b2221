import {describe, expect, it} from "vitest";
import {execFile} from "node:child_process";
import {createHash} from "node:crypto";
import {mkdtemp, readFile, rm} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {promisify} from "node:util";
import {DIST, filesIn} from "../support/distFiles.ts";

const run = promisify(execFile);

/** Hashes of every file of a built site, by path; pagefind/ is left out (see below). */
async function siteHashes(root: string): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  for (const path of await filesIn(root, "")) {
    // The search index is written by Pagefind after the build (npm run build's last step), not
    // by Astro; this test builds with Astro alone.
    if (path.startsWith("pagefind/")) continue;
    hashes.set(path, createHash("sha256").update(await readFile(join(root, path))).digest("hex"));
  }
  return hashes;
}

describe("building the site twice", () => {
  it("gives byte-identical files, page for page", async () => {
    const out = await mkdtemp(join(tmpdir(), "mb-determinism-"));
    try {
      await run("npx", ["astro", "build", "--outDir", out], {maxBuffer: 64 * 1024 * 1024});
      const first = await siteHashes(DIST);
      const second = await siteHashes(out);
      expect([...second.keys()]).toEqual([...first.keys()]);
      const differing = [...first].filter(([path, hash]) => second.get(path) !== hash).map(([path]) => path);
      expect(differing).toEqual([]);
    } finally {
      await rm(out, {recursive: true, force: true});
    }
  });
});
