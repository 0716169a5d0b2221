import {spawn, spawnSync} from "node:child_process";
import {createWriteStream, existsSync} from "node:fs";
import {chmod, cp, mkdir, mkdtemp, readdir, rm, symlink, truncate, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {Readable} from "node:stream";
import {pipeline} from "node:stream/promises";
import {fileURLToPath} from "node:url";
import {createGzip} from "node:zlib";
import {afterAll, beforeAll, describe, expect, it} from "vitest";

/**
 * The brief CLI against files and folders that are not what they should be: a gzip bomb, a
 * huge plain file, a symlink loop, a file where a folder belongs, a folder it may not write.
 * Each must end in exit 2 with a message naming the file, never a crash, and write nothing.
 */
const CLI = fileURLToPath(new URL("../../scripts/brief.ts", import.meta.url));
const FIXTURE = fileURLToPath(new URL("./fixtures/small", import.meta.url));
const DATE = "2025-06-24";
const GIB = 1024 ** 3;
const MIB = 1024 ** 2;

// Reports the process's peak memory (KiB) on stderr as it exits, whichever way it exits.
const PEAK_RSS = "data:text/javascript,process.on('exit',()=>process.stderr.write('peak-rss-kib '+process.resourceUsage().maxRSS+'\\n'))";

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "mb-hostile-"));
});
afterAll(async () => {
  if (root) await rm(root, {recursive: true, force: true});
});

async function copyFixture(name: string): Promise<string> {
  const dir = join(root, name);
  await cp(FIXTURE, dir, {recursive: true});
  return dir;
}

interface Run {
  code: number | null;
  stderr: string;
  ms: number;
  peakRssBytes: number;
}

function runCli(args: string[], {asNobody = false} = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const node = [process.execPath, "--import", PEAK_RSS, CLI, ...args];
    const [command, ...rest] = asNobody ? ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", ...node] : node;
    const child = spawn(command as string, rest, {stdio: ["ignore", "ignore", "pipe"]});
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      const peak = /peak-rss-kib (\d+)/.exec(stderr);
      resolve({code, stderr, ms: performance.now() - started, peakRssBytes: peak ? Number(peak[1]) * 1024 : NaN});
    });
  });
}

/** No brief was written, and no temporary file is left. */
async function expectNothingWritten(content: string) {
  const briefs = join(content, "briefs");
  expect(existsSync(briefs) ? await readdir(briefs, {recursive: true}) : []).toEqual([]);
}

/** Writes `bytes` of zeros gzipped, streamed: a few MiB on disk, never the whole in memory. */
async function gzipBomb(path: string, bytes: number) {
  const chunk = Buffer.alloc(MIB);
  async function* zeros() {
    for (let i = 0; i < bytes / MIB; i++) yield chunk;
  }
  await pipeline(Readable.from(zeros()), createGzip({level: 9}), createWriteStream(path));
}

describe("the brief CLI given files too large to read", () => {
  // Regression: a stocks.csv.gz expanding to 1–2 GiB crashed the brief (out of memory, or
  // "Cannot create a Buffer larger than …" as an internal error).
  it("refuses a gzip bomb of 3 GiB in seconds, in bounded memory, naming the file", async () => {
    const data = await copyFixture("bomb");
    await rm(join(data, DATE, "stocks.csv"));
    await gzipBomb(join(data, DATE, "stocks.csv.gz"), 3 * GIB);
    const content = join(root, "bomb-content");
    const run = await runCli(["--date", DATE, "--data", data, "--content", content]);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toContain(`${DATE}/stocks.csv.gz:1:1: expands past 256 MiB when gunzipped: expected at most 256 MiB per data file`);
    expect(run.ms).toBeLessThan(45_000);
    expect(run.peakRssBytes).toBeLessThan(1.5 * GIB);
    await expectNothingWritten(content);
  }, 120_000);

  // Regression: a 600 MB plain stocks.csv was read whole before anything looked at it.
  it("refuses a plain file past 256 MiB without reading it", async () => {
    const data = await copyFixture("huge");
    // Sparse: 600 MiB long, nothing on disk.
    await truncate(join(data, DATE, "stocks.csv"), 600 * MIB);
    const content = join(root, "huge-content");
    const run = await runCli(["--date", DATE, "--data", data, "--content", content]);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toContain(`${DATE}/stocks.csv:1:1: is 600 MiB, past 256 MiB: expected at most 256 MiB per data file`);
    // Never read: well under the file's size.
    expect(run.peakRssBytes).toBeLessThan(400 * MIB);
    await expectNothingWritten(content);
  });
});

describe("the brief CLI on a file system that refuses", () => {
  // Regression: each of these ended in "internal error (a bug in Market Brief…)" and exit 1.
  it("names a symlink loop, exit 2", async () => {
    const data = await copyFixture("loop");
    const stocks = join(data, DATE, "stocks.csv");
    await rm(stocks);
    await symlink("stocks.csv", stocks);
    const content = join(root, "loop-content");
    const run = await runCli(["--date", DATE, "--data", data, "--content", content]);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toContain(`error: ${stocks}: too many symbolic links (a symlink loop?) (ELOOP)`);
    expect(run.stderr).not.toContain("internal error");
    await expectNothingWritten(content);
  });

  it("names a file standing where the content folder should be, exit 2", async () => {
    const data = await copyFixture("notdir");
    const content = join(root, "notdir-content");
    await writeFile(content, "not a folder\n");
    const run = await runCli(["--date", DATE, "--data", data, "--content", content]);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^error: ${content}/briefs: a file stands where a folder is expected \\(ENOTDIR\\)$`, "m"));
  });

  // Root may write anywhere: the run drops to user nobody to meet a folder it may not write.
  const canDropPrivileges = process.getuid?.() === 0 && spawnSync("setpriv", ["--version"]).status === 0;
  it.skipIf(!canDropPrivileges)("names a content folder it may not write, exit 2, leaving it empty", async () => {
    const data = await copyFixture("eacces");
    // mkdtemp makes the folder private: nobody must be able to read the data in it.
    await chmod(root, 0o755);
    const content = join(root, "eacces-content");
    // Owned by root, readable by all, writable by root alone.
    await mkdir(content, {mode: 0o755});
    const run = await runCli(["--date", DATE, "--data", data, "--content", content], {asNobody: true});
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toContain(`error: ${content}/briefs: permission denied (EACCES)`);
    await expectNothingWritten(content);
  });
});
