import {spawn} from "node:child_process";
import {cp, mkdtemp, readdir, readFile, rm, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join, relative} from "node:path";
import {fileURLToPath} from "node:url";
import {afterAll, beforeAll, describe, expect, it} from "vitest";

/**
 * A backfill on worker threads (src/cli/briefInWorkers.ts) against the same days briefed one
 * after another in one thread, and one at a time: the same bytes, messages and exit code.
 */
const CLI = fileURLToPath(new URL("../../scripts/brief.ts", import.meta.url));
const SAMPLE = fileURLToPath(new URL("../../data", import.meta.url));
const CRASH_SECOND_WORKER = fileURLToPath(new URL("./fixtures/crashSecondWorker.ts", import.meta.url));

// Eleven snapshots of the sample: more than WORKERS_FROM, ending on its midday snapshot (2025-06-25).
const RANGE = ["--from", "2025-06-11", "--to", "2025-06-25"];

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "mb-parallel-"));
});
afterAll(async () => {
  if (root) await rm(root, {recursive: true, force: true});
});

/** Runs the brief CLI with its own parse cache; resolves with its exit code and stderr. */
function runCli(args: string[], nodeArgs: string[] = []): Promise<{code: number | null; stderr: string}> {
  return new Promise((resolve, reject) => {
    const env = {...process.env, MARKET_BRIEF_CACHE: join(root, "cache")};
    const child = spawn(process.execPath, [...nodeArgs, CLI, ...args], {stdio: ["ignore", "ignore", "pipe"], env});
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({code, stderr}));
  });
}

/** Every file under `dir`, by relative path, with its bytes. */
async function tree(dir: string): Promise<Record<string, string>> {
  const names = (await readdir(dir, {recursive: true, withFileTypes: true})).filter((e) => e.isFile());
  const files: Record<string, string> = {};
  for (const e of names.sort((a, b) => (join(a.parentPath, a.name) < join(b.parentPath, b.name) ? -1 : 1))) {
    const path = join(e.parentPath, e.name);
    files[relative(dir, path)] = (await readFile(path)).toString("base64");
  }
  return files;
}

describe("npm run brief -- --from A --to B on worker threads", () => {
  it("writes the same bytes as the same days briefed one after another, and says the same", {timeout: 180_000}, async () => {
    const parallel = join(root, "parallel");
    // Three runs: 4 + 4 + 3 snapshots, from 2025-06-11, 2025-06-17 and 2025-06-23.
    const run = await runCli([...RANGE, "--data", SAMPLE, "--content", parallel, "--threads", "3"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain("11 snapshot(s): 11 written, 0 up to date, 0 invalid");
    const sequential = join(root, "sequential");
    const inThread = await runCli([...RANGE, "--data", SAMPLE, "--content", sequential, "--threads", "1"]);
    expect(inThread.code, inThread.stderr).toBe(0);

    const files = await tree(parallel);
    // Three files of the close and two of the Chinese edition a day; the midday's are named so.
    expect(Object.keys(files)).toHaveLength(11 * 5);
    expect(Object.keys(files)).toContain(join("briefs", "2025-06-25.midday.mdx"));
    expect(files).toEqual(await tree(sequential));
    expect(run.stderr).toBe(inThread.stderr);

    // Each worker's first day, and the last, each in a process of its own (`--date`), as a daily run makes them.
    const alone = join(root, "alone");
    for (const date of ["2025-06-11", "2025-06-17", "2025-06-23", "2025-06-25"]) {
      const day = await runCli(["--date", date, "--data", SAMPLE, "--content", alone]);
      expect(day.code, day.stderr).toBe(0);
    }
    const aloneFiles = await tree(alone);
    expect(Object.keys(aloneFiles)).toHaveLength(4 * 5);
    for (const [name, bytes] of Object.entries(aloneFiles)) expect(files[name], name).toBe(bytes);
  });

  it("reports an invalid day in the middle as a run in one thread does: same errors, exit 2, nothing written for it", {timeout: 120_000}, async () => {
    const data = join(root, "broken-data");
    await cp(SAMPLE, data, {recursive: true});
    // 2025-06-17 starts the second of three workers' runs (4 + 4 + 3 snapshots); the days after it
    // have it in their history, so they are invalid too, and the third worker starts among them.
    const indices = join(data, "2025-06-17", "indices.csv");
    await writeFile(indices, (await readFile(indices, "utf8")).replace("3359.312", "3359.3x2"));

    const parallel = join(root, "broken-parallel");
    const sequential = join(root, "broken-sequential");
    const run = await runCli([...RANGE, "--data", data, "--content", parallel, "--threads", "3"]);
    const inThread = await runCli([...RANGE, "--data", data, "--content", sequential, "--threads", "1"]);
    expect([run.code, inThread.code]).toEqual([2, 2]);
    expect(run.stderr).toBe(inThread.stderr);
    expect(run.stderr).toMatch(/^2025-06-17\/indices\.csv:2:8: close "3359\.3x2" /m);
    expect(run.stderr).toContain("2025-06-18: 1 more error(s), listed above for an earlier date");
    expect(run.stderr).toContain("11 snapshot(s): 4 written, 0 up to date, 7 invalid");
    const files = await tree(parallel);
    expect(Object.keys(files).filter((f) => f.includes("2025-06-17"))).toEqual([]);
    expect(Object.keys(files)).toHaveLength(4 * 5);
    expect(files).toEqual(await tree(sequential));
  });

  it("stops with exit 1 and the error when a worker crashes", {timeout: 120_000}, async () => {
    // A bug injected into the second worker (node --import): it throws after its first day.
    const content = join(root, "crash");
    const run = await runCli([...RANGE, "--data", SAMPLE, "--content", content, "--threads", "2"], ["--import", CRASH_SECOND_WORKER]);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toMatch(/^internal error \(a bug in Market Brief, please report it\):\nError: injected: a bug in the second backfill worker\n/);
    expect(run.stderr).not.toContain("snapshot(s):");
  });
});
