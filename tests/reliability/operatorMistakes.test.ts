import {spawn} from "node:child_process";
import {cp, mkdir, mkdtemp, readdir, rm, symlink, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import {afterAll, beforeAll, describe, expect, it} from "vitest";

/** Mistakes an operator makes on the command line: each must stop the run, exit 2, with a word. */
const CLI = fileURLToPath(new URL("../../scripts/brief.ts", import.meta.url));
const FIXTURE = fileURLToPath(new URL("./fixtures/small", import.meta.url));

function runCli(args: string[]): Promise<{code: number | null; stderr: string}> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {stdio: ["ignore", "ignore", "pipe"]});
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({code, stderr}));
  });
}

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "mb-operator-"));
});
afterAll(async () => {
  if (root) await rm(root, {recursive: true, force: true});
});

describe("npm run brief", () => {
  // Regression: `--all --data /wrong/path` printed "0 day(s)" and exited 0.
  it("stops with exit 2 when the data folder does not exist", async () => {
    const missing = join(root, "wrong", "path");
    const run = await runCli(["--all", "--data", missing, "--content", join(root, "c1")]);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toBe(`${missing}: the data folder does not exist (give it with --data DIR)\nNo file was changed.\n`);
  });

  it("stops with exit 2 when the data folder holds no day folder", async () => {
    const empty = join(root, "empty");
    await mkdir(join(empty, "2025-02-30"), {recursive: true});
    const run = await runCli(["--all", "--data", empty, "--content", join(root, "c2")]);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toContain("2025-02-30:1:1: folder \"2025-02-30\" is not read");
    expect(run.stderr).toContain(`${empty}: holds no day folder (expected folders named YYYY-MM-DD, one per trading day)`);
  });

  // Regression: --from 2025-02-30 was accepted, read by Date.parse as 2025-03-02.
  it("refuses an impossible date", async () => {
    const run = await runCli(["--from", "2025-02-30", "--to", "2025-03-31", "--data", FIXTURE]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^error: --from "2025-02-30" is not a date/);
  });

  it("warns about a symlinked day folder and goes on with the others", async () => {
    const data = join(root, "linked");
    await cp(FIXTURE, data, {recursive: true});
    await cp(join(data, "2025-06-23"), join(root, "kept-elsewhere"), {recursive: true});
    await rm(join(data, "2025-06-23"), {recursive: true});
    await symlink(join(root, "kept-elsewhere"), join(data, "2025-06-23"));
    const run = await runCli(["--all", "--data", data, "--content", join(root, "c3")]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain("warning: 2025-06-23:1:1: is a symbolic link and is not read");
    expect(run.stderr).toContain("1 snapshot(s): 1 written");
  });

  // Regression: every later day repeated every earlier broken folder's errors (4 million lines
  // for 2,000 empty folders).
  it("prints each error once, however many later days repeat it", async () => {
    const data = join(root, "three-empty");
    for (const date of ["2025-06-20", "2025-06-23", "2025-06-24"]) await mkdir(join(data, date), {recursive: true});
    const run = await runCli(["--all", "--data", data, "--content", join(root, "c4")]);
    expect(run.code).toBe(2);
    const lines = run.stderr.trim().split("\n");
    // Four missing files per folder, each printed once; the later days say how many they repeat.
    expect(lines.filter((l) => l.startsWith("2025-06-20/meta.json:1:1: missing file"))).toHaveLength(1);
    expect(lines.filter((l) => / missing file: /.test(l))).toHaveLength(12);
    expect(lines).toContain("2025-06-23: 4 more error(s), listed above for an earlier date");
    expect(lines).toContain("2025-06-24: 8 more error(s), listed above for an earlier date");
  });

  // Regression: a killed run's .DATE.mdx.PID.N.tmp files were never cleaned up.
  it("removes temporary files a killed run left in the content folder", async () => {
    const content = join(root, "c5");
    await mkdir(join(content, "briefs", "zh"), {recursive: true});
    // Above Linux's largest pid_max: the process that wrote it is gone.
    const leftover = join(content, "briefs", "zh", ".2025-06-24.mdx.99999999.3.tmp");
    await writeFile(leftover, "half a brief");
    const run = await runCli(["--date", "2025-06-24", "--data", FIXTURE, "--content", content]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(`removed 1 temporary file(s) left by an interrupted run: ${leftover}`);
    expect((await readdir(join(content, "briefs", "zh"))).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });
});

