import {describe, expect, it} from "vitest";
import {UsageError} from "../../src/cli/args.ts";
import {failureOutcome} from "../../src/cli/main.ts";

/** An error as node:fs throws it. */
const fsError = (code: string, syscall: string, path: string, extra: Record<string, string> = {}) =>
  Object.assign(new Error(`${code}: something, ${syscall} '${path}'`), {code, errno: -1, syscall, path, ...extra});

describe("failureOutcome(error, usage)", () => {
  // Regression: a read-only or full disk, a symlink loop or a file in a folder's place was
  // reported as "internal error (a bug in Market Brief)" with a stack, exit 1.
  it.each([
    ["EROFS", "open", "content/briefs/.2025-06-24.facts.json.7.1.tmp", "the file system is read-only"],
    ["ENOSPC", "write", "content/briefs/.2025-06-24.mdx.7.3.tmp", "no space left on the device"],
    ["EACCES", "mkdir", "content/briefs", "permission denied"],
    ["ELOOP", "stat", "data/2025-06-24/stocks.csv", "too many symbolic links (a symlink loop?)"],
    ["ENOTDIR", "mkdir", "content/briefs", "a file stands where a folder is expected"],
  ])("names the path and what happened for %s, exit 2", (code, syscall, path, what) => {
    expect(failureOutcome(fsError(code, syscall, path), "")).toEqual({code: 2, text: `error: ${path}: ${what} (${code})\n`});
  });

  it("names both paths of a failed rename", () => {
    const e = fsError("EXDEV", "rename", "a.tmp", {dest: "b.mdx"});
    expect(failureOutcome(e, "")).toEqual({code: 2, text: "error: a.tmp → b.mdx: something (EXDEV)\n"});
  });

  it("prints a usage error with the usage, exit 2", () => {
    expect(failureOutcome(new UsageError("give exactly one of --date"), "Usage: …\n")).toEqual({
      code: 2,
      text: "error: give exactly one of --date\n\nUsage: …\n",
    });
  });

  it("keeps exit 1 and the stack for our own bugs, even with a code but no path", () => {
    for (const error of [new TypeError("x is undefined"), Object.assign(new Error("boom"), {code: "ERR_ASSERTION"})]) {
      const outcome = failureOutcome(error, "");
      expect(outcome.code).toBe(1);
      expect(outcome.text).toMatch(/^internal error \(a bug in Market Brief, please report it\):\n.*Error: /s);
    }
  });
});
