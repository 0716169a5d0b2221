import {spawn} from "node:child_process";
import {watch, type FSWatcher} from "node:fs";
import {cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import {afterAll, beforeAll, describe, expect, it, vi} from "vitest";
import {generateDay} from "../../src/cli/generateDay.ts";
import {generatorVersion} from "../../src/io/generatorVersion.ts";
import {createEffects} from "../../src/io/index.ts";
import {treeContents} from "../snapshot/dataDir.ts";

/**
 * What the spec promises the operator: writes are atomic (a failed or killed run leaves each
 * file as it was or wholly new), runs for different days do not interfere, regenerating never
 * touches the editor's commentary, and the same inputs give the same bytes.
 */

// Fault injection: the file system calls writeFileAtomic makes, failing when a test says so.
const fault = vi.hoisted(() => ({
  /** Called before each rename(from, to) and each temp file write; throws to simulate a crash or a full disk. */
  rename: null as ((to: string) => void) | null,
  /** When set, a temp file write stores only its first half, then fails (disk full mid-write). */
  halfWrite: null as ((path: string) => boolean) | null,
}));

vi.mock("node:fs/promises", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs/promises")>();
  const mocked = {
    ...fs,
    rename: async (from: string, to: string) => {
      fault.rename?.(to);
      return fs.rename(from, to);
    },
    open: async (path: string, flags?: string) => {
      const handle = await fs.open(path, flags);
      if (!fault.halfWrite?.(path)) return handle;
      return new Proxy(handle, {
        get(target, key, receiver) {
          if (key !== "writeFile") return Reflect.get(target, key, receiver);
          return async (data: string | Uint8Array) => {
            const bytes = typeof data === "string" ? Buffer.from(data) : data;
            await target.write(bytes.subarray(0, bytes.length >> 1));
            throw Object.assign(new Error("ENOSPC: no space left on device, write"), {code: "ENOSPC"});
          };
        },
      });
    },
  };
  return {...mocked, default: mocked};
});

const FIXTURE = fileURLToPath(new URL("./fixtures/small", import.meta.url));
const DATE = "2025-06-24";
const FILES = [`${DATE}.mdx`, `${DATE}.facts.json`, `${DATE}.charts.json`];

let root: string;
/** The base data, and a copy with one close changed so that every output file differs. */
let oldData: string;
let newData: string;
/** Each brief file's bytes from oldData and from newData. */
const oldBytes: Record<string, string> = {};
const newBytes: Record<string, string> = {};

/** A run's options, with new effects: nothing parsed is carried over from an earlier run. */
const options = (dataDir: string, contentDir: string, force = true) => ({dataDir, contentDir, generator: generatorVersion(), force, effects: createEffects()});

async function briefFiles(contentDir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of FILES) out[name] = await readFile(join(contentDir, "briefs", name), "utf8").catch(() => "<missing>");
  return out;
}

/** Each of the day's files is either exactly the old one or exactly the new one; no temp files linger. */
async function expectOldOrNew(contentDir: string, context: string) {
  const files = await briefFiles(contentDir);
  for (const name of FILES) {
    const which = files[name] === oldBytes[name] ? "old" : files[name] === newBytes[name] ? "new" : "partial";
    expect(which, `${context}: ${name}`).not.toBe("partial");
  }
  return files;
}

const leftovers = async (contentDir: string) => (await readdir(join(contentDir, "briefs"))).filter((n) => n.endsWith(".tmp"));

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "mb-crash-"));
  oldData = join(root, "data-old");
  newData = join(root, "data-new");
  await cp(FIXTURE, oldData, {recursive: true});
  await cp(FIXTURE, newData, {recursive: true});
  // LONGi closes up at 15.05 instead of down at 14.70: new breadth, new prose, new charts.
  const stocks = join(newData, DATE, "stocks.csv");
  await writeFile(stocks, (await readFile(stocks, "utf8")).replace("14.60,14.70", "14.60,15.05"));
  for (const [data, into] of [[oldData, oldBytes], [newData, newBytes]] as const) {
    const content = join(root, `ref-${data === oldData ? "old" : "new"}`);
    expect((await generateDay(DATE, options(data, content))).status).toBe("written");
    Object.assign(into, await briefFiles(content));
  }
  for (const name of FILES) expect(newBytes[name], `${name} must differ between old and new data`).not.toBe(oldBytes[name]);
});

afterAll(async () => {
  if (root) await rm(root, {recursive: true, force: true});
});

/** A content folder holding the old brief. */
async function contentWithOldBrief(name: string): Promise<string> {
  const content = join(root, name);
  await cp(join(root, "ref-old"), content, {recursive: true});
  return content;
}

describe("generateDay interrupted mid-write", () => {
  const cases = [
    ...FILES.map((file) => ({name: `the rename of ${file} fails`, rename: file, half: null})),
    ...FILES.map((file) => ({name: `the disk fills while writing ${file}`, rename: null, half: file})),
  ];

  it.each(cases)("leaves each file old or wholly new when $name", async ({name, rename, half}) => {
    const content = await contentWithOldBrief(`interrupted-${name.replace(/\W+/g, "-")}`);
    fault.rename = (to) => {
      if (rename !== null && to.endsWith(`/${rename}`)) throw Object.assign(new Error("EIO: simulated crash, rename"), {code: "EIO"});
    };
    fault.halfWrite = (path) => half !== null && path.includes(`.${half}.`);
    try {
      await expect(generateDay(DATE, options(newData, content))).rejects.toThrow(/simulated crash|ENOSPC/);
    } finally {
      fault.rename = null;
      fault.halfWrite = null;
    }
    const files = await expectOldOrNew(content, name);
    // The MDX is written last and carries the input hash: if it is still the old one, the day is
    // stale, so the next plain run (no --force) must regenerate it.
    expect(files[`${DATE}.mdx`]).toBe(oldBytes[`${DATE}.mdx`]);
    expect(await leftovers(content)).toEqual([]);
    expect((await generateDay(DATE, options(newData, content, false))).status).toBe("written");
    expect(await briefFiles(content)).toEqual(newBytes);
  });
});

const CLI = fileURLToPath(new URL("../../scripts/brief.ts", import.meta.url));

/** When to SIGKILL a run: after a delay, or at the n-th change the file system reports in a folder. */
type Kill = {afterMs: number} | {watch: string; atEvent: number};

/** Runs the brief CLI; resolves with its exit code (or the signal that ended it). */
function runCli(args: string[], kill?: Kill): Promise<{code: number | null; signal: string | null; stderr: string}> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {stdio: ["ignore", "ignore", "pipe"]});
    let stderr = "";
    let watcher: FSWatcher | undefined;
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code, signal) => {
      watcher?.close();
      resolve({code, signal, stderr});
    });
    if (kill && "afterMs" in kill) setTimeout(() => child.kill("SIGKILL"), kill.afterMs);
    if (kill && "watch" in kill) {
      let events = 0;
      watcher = watch(kill.watch, () => {
        events += 1;
        if (events === kill.atEvent) child.kill("SIGKILL");
      });
    }
  });
}

describe("the brief CLI killed with SIGKILL", () => {
  it("leaves each file old or wholly new, whenever it dies", async () => {
    // How long a whole run takes here; timed kills are spread over it. Writing takes a few
    // milliseconds at the end, so most kills are triggered by the writes themselves: at the
    // n-th file system event in the briefs folder (temp file created, written, renamed…).
    const started = performance.now();
    const probe = await runCli(["--date", DATE, "--data", newData, "--content", await contentWithOldBrief("kill-probe"), "--force"]);
    expect(probe.code, probe.stderr).toBe(0);
    const runMs = performance.now() - started;
    const kills: {content: string; kill: (content: string) => Kill}[] = [];
    for (const f of [0.3, 0.9]) kills.push({content: `timed-${f}`, kill: () => ({afterMs: Math.round(f * runMs)})});
    for (const n of [1, 2, 3, 4, 6, 9]) kills.push({content: `event-${n}`, kill: (c) => ({watch: join(c, "briefs"), atEvent: n})});
    const outcomes = new Set<string>();
    for (const {content: name, kill} of kills) {
      const content = await contentWithOldBrief(`killed-${name}`);
      const result = await runCli(["--date", DATE, "--data", newData, "--content", content, "--force"], kill(content));
      const files = await expectOldOrNew(content, `killed at ${name} (${result.signal ?? `exit ${result.code}`})`);
      outcomes.add(FILES.map((n) => (files[n] === newBytes[n] ? "new" : "old")).join("/"));
      // A temp file may survive a SIGKILL (nothing can remove it), but it is never a brief file.
      for (const leftover of await leftovers(content)) expect(leftover).toMatch(/^\.\d{4}-\d{2}-\d{2}\.[a-z.]+\.\d+\.\d+\.tmp$/);
    }
    if (process.env.SHOW_KILLS) console.log([...outcomes]);
    // Killed before writing, and between the writes: both must have happened for the test to mean anything.
    expect(outcomes.has("old/old/old")).toBe(true);
    expect([...outcomes].some((o) => o.includes("new") && o.includes("old"))).toBe(true);
  });
});

describe("two days generated at once", () => {
  it("give the same files as one after the other", async () => {
    const sequential = join(root, "sequential");
    for (const date of ["2025-06-23", DATE]) {
      const r = await runCli(["--date", date, "--data", oldData, "--content", sequential]);
      expect(r.code, r.stderr).toBe(0);
    }
    const expected = await treeContents(sequential);
    for (let round = 0; round < 2; round++) {
      const together = join(root, `together-${round}`);
      const results = await Promise.all(["2025-06-23", DATE].map((date) => runCli(["--date", date, "--data", oldData, "--content", together])));
      for (const r of results) expect(r.code, r.stderr).toBe(0);
      expect(await treeContents(together)).toEqual(expected);
    }
  });
});

describe("regenerating with --force", () => {
  it("never touches the editor's commentary, in 100 runs", async () => {
    const content = await contentWithOldBrief("commentary");
    const commentary = join(content, "commentary", `${DATE}.mdx`);
    await mkdir(join(content, "commentary"), {recursive: true});
    const text = "---\ntitle: An editor's headline\n---\n\nThe editor's own words, with <Figure of=\"breadth.limitUp\" />.\n";
    await writeFile(commentary, text);
    const before = await stat(commentary);
    for (let i = 0; i < 100; i++) {
      // Alternate inputs so that every run really rewrites the brief.
      expect((await generateDay(DATE, options(i % 2 ? oldData : newData, content))).status).toBe("written");
    }
    const after = await stat(commentary);
    expect(await readFile(commentary, "utf8")).toBe(text);
    expect([after.mtimeMs, after.ino, after.size]).toEqual([before.mtimeMs, before.ino, before.size]);
    expect(await readdir(join(content, "commentary"))).toEqual([`${DATE}.mdx`]);
  });
});

describe("determinism", () => {
  it("gives byte-identical .mdx, .facts.json and .charts.json when a day is generated twice", async () => {
    const a = join(root, "twice-a");
    const b = join(root, "twice-b");
    await generateDay(DATE, options(oldData, a));
    await generateDay(DATE, options(oldData, b));
    expect(await briefFiles(a)).toEqual(await briefFiles(b));
    expect(await briefFiles(a)).toEqual(oldBytes);
  });

  it("gives the same bytes in another process, time zone and locale", async () => {
    const content = join(root, "other-process");
    const result = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(process.execPath, [CLI, "--date", DATE, "--data", oldData, "--content", content], {
        stdio: "ignore",
        env: {...process.env, TZ: "America/New_York", LANG: "de_DE.UTF-8", LC_ALL: "de_DE.UTF-8"},
      });
      child.on("error", reject);
      child.on("close", resolve);
    });
    expect(result).toBe(0);
    expect(await briefFiles(content)).toEqual(oldBytes);
  });
});
