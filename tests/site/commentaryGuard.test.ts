import {mkdir, mkdtemp, rm, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join, resolve} from "node:path";
import {afterAll, beforeAll, describe, expect, it, vi} from "vitest";
import type {BriefView} from "../../src/site/briefs.ts";

let dir: string;
let guardCommentary: (brief: BriefView) => Promise<void>;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "mb-guard-"));
  await mkdir(join(dir, "briefs"), {recursive: true});
  await mkdir(join(dir, "commentary"));
  await writeFile(join(dir, "briefs", "2025-06-24.facts.json"), '{"limits": {"sealRate": 0.8}}');
  await writeFile(join(dir, "briefs", "2025-06-25.midday.facts.json"), '{"limits": {"sealRate": 0.7}}');
  await writeFile(join(dir, "commentary", "2025-06-24.mdx"), '---\nauthor: x\n---\n\nSeal rate <Figure of="limits.sealRat" />.\n');
  await writeFile(join(dir, "commentary", "2025-06-25.midday.zh.mdx"), "午间 <Chart id=\"2025-06-25-breadth\" >\n\n未闭合 {\n");
  vi.stubEnv("MARKET_BRIEF_CONTENT", dir);
  vi.resetModules();
  ({guardCommentary} = await import("../../src/site/commentaryGuard.ts"));
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await rm(dir, {recursive: true, force: true});
});

const brief = (id: string, lang: "en" | "zh-CN") => ({id, lang, commentary: {}}) as unknown as BriefView;

describe("guardCommentary(brief)", () => {
  it("stops the page before it renders, naming the commentary's file and line", async () => {
    const error = await guardCommentary(brief("2025-06-24", "en")).catch((e: unknown) => e as {message: string; loc: unknown; stack: string});
    expect(error?.message).toContain('2025-06-24.mdx:5:11: <Figure of="limits.sealRat">: "limits.sealRat" names no fact');
    expect(error?.loc).toEqual({file: resolve(dir, "commentary", "2025-06-24.mdx"), line: 5, column: 11});
    // No call stack of ours in the dev server's output: only where to look.
    expect(error?.stack).not.toMatch(/\n\s+at /);
  });

  it("reports invalid MDX as such, in the midday brief's Chinese commentary", async () => {
    const error = await guardCommentary(brief("2025-06-25/midday", "zh-CN")).catch((e: unknown) => e as {message: string; name: string});
    expect(error?.name).toBe("CommentarySyntaxError");
    expect(error?.message).toMatch(/^Editor's commentary is not valid MDX:\n.*2025-06-25\.midday\.zh\.mdx:\d+:\d+: not valid MDX/);
  });

  it("lets a brief without commentary through", async () => {
    await expect(guardCommentary({id: "2025-06-24", lang: "zh-CN", commentary: null} as unknown as BriefView)).resolves.toBeUndefined();
  });
});
