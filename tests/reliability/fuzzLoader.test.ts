import {execFile} from "node:child_process";
import {cp, mkdir, mkdtemp, readFile, rm, writeFile} from "node:fs/promises";
import {existsSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {gunzipSync} from "node:zlib";
import {fileURLToPath} from "node:url";
import {promisify} from "node:util";
import fc from "fast-check";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {computeFacts, factsToJson} from "../../src/analytics/index.ts";
import {composeBrief} from "../../src/compose/index.ts";
import {createEffects} from "../../src/io/index.ts";
import {toMdx} from "../../src/mdx/index.ts";
import {formatIssue, parseIndexHistory, parseSnapshot, type Issue, type Parsed} from "../../src/snapshot/index.ts";
import type {IndexBar, Snapshot} from "../../src/snapshot/types.ts";
import {treeContents} from "../snapshot/dataDir.ts";
import {applyOp, gzipAs, loaderCase, pureCase, TARGETS, type Case, type Target} from "./mutations.ts";

/**
 * Fuzzing the snapshot loader with mutated copies of a small valid snapshot: every case must
 * either load, with sane numbers, or be rejected with issues located as file:row:column in a
 * file that exists, and never throw. Seeded, so a failure reproduces: fast-check prints the
 * seed, path and shrunk case.
 */
const BASE = fileURLToPath(new URL("./fixtures/small", import.meta.url));
const DATE = "2025-06-24";
const SEED = 20250624;
const ISSUE_LINE = /^([^:\n]+):(\d+):(\d+): ([^\n]+)$/;

const baseFiles = {} as Record<Target, Uint8Array>;
let dataDir: string;

beforeAll(async () => {
  for (const target of TARGETS) {
    const path = target === "index-history.csv" ? join(BASE, target) : join(BASE, DATE, target);
    baseFiles[target] = new Uint8Array(await readFile(path));
  }
  dataDir = await mkdtemp(join(tmpdir(), "mb-fuzz-"));
  await cp(join(BASE, "2025-06-23"), join(dataDir, "2025-06-23"), {recursive: true});
});

afterAll(async () => {
  if (dataDir) await rm(dataDir, {recursive: true, force: true});
});

/** The files of a case, by name relative to data/ (".gz" added where the case gzips). */
function caseFiles(c: Case): Record<string, Uint8Array> {
  const files = {...baseFiles};
  for (const {target, op} of c.mutations) files[target] = applyOp(files[target], op);
  const out: Record<string, Uint8Array> = {};
  for (const target of TARGETS) {
    const gz = c.gzip.how !== "none" && c.gzip.target === target;
    const bytes = gz ? gzipAs(files[target], c.gzip.how as "valid" | "truncated" | "garbage") : files[target];
    const name = target === "index-history.csv" ? target : `${DATE}/${target}`;
    out[gz ? `${name}.gz` : name] = bytes;
  }
  return out;
}

/** The bytes the parser saw: gunzipped when the file is .gz and gunzips. */
function asParsed(name: string, bytes: Uint8Array | undefined): Uint8Array | undefined {
  if (!bytes || !name.endsWith(".gz")) return bytes;
  try {
    return gunzipSync(bytes);
  } catch {
    return bytes;
  }
}

const lineCount = (bytes: Uint8Array | undefined) => (bytes ? bytes.filter((b) => b === 0x0a || b === 0x0d).length + 1 : 1);

/** Rejections name a real file and a place inside it, one line per issue. */
function expectWellLocated(issues: Issue[], files: Record<string, Uint8Array | undefined>, rawName: (file: string) => Uint8Array | undefined) {
  expect(issues.length).toBeGreaterThan(0);
  for (const issue of issues) {
    const line = formatIssue(issue);
    expect(line, "one line: file:row:column: message").toMatch(ISSUE_LINE);
    expect(Number.isInteger(issue.row) && issue.row >= 1, `${line}: row`).toBe(true);
    expect(Number.isInteger(issue.column) && issue.column >= 1, `${line}: column`).toBe(true);
    expect(Object.keys(files), `${line}: file`).toContain(issue.file);
    // A row past the end of the file points nowhere (lines counted in the bytes as stored, before gunzip).
    expect(issue.row, `${line}: row inside the file`).toBeLessThanOrEqual(lineCount(rawName(issue.file)) + 1);
    expect(issue.message.trim().length, `${line}: message`).toBeGreaterThan(0);
  }
}

const isFen = (n: number | null) => n === null || (Number.isSafeInteger(n) && n > 0);
const finite = (n: number | null) => n === null || (Number.isFinite(n) && n >= 0);

/** What loads is usable: prices are exact integer fen, every other number finite. */
function expectSane(snapshot: Snapshot) {
  for (const s of snapshot.stocks) {
    const fen = [s.prevCloseFen, s.openFen, s.highFen, s.lowFen, s.closeFen, s.upLimitFen, s.downLimitFen];
    expect(fen.every(isFen), `${s.code}: prices in fen ${JSON.stringify(fen)}`).toBe(true);
    expect(finite(s.volume) && Number.isSafeInteger(s.volume), `${s.code}: volume ${s.volume}`).toBe(true);
    expect(finite(s.amountYuan), `${s.code}: amount ${s.amountYuan}`).toBe(true);
  }
  for (const i of snapshot.indices) {
    const levels = [i.prevClose, i.open, i.high, i.low, i.close, i.amountYuan];
    expect(levels.every(finite), `${i.code}: ${JSON.stringify(levels)}`).toBe(true);
  }
}

const expectSaneBars = (bars: Record<string, IndexBar[]>) => {
  for (const bar of Object.values(bars).flat()) expect([bar.open, bar.high, bar.low, bar.close].every(finite)).toBe(true);
};

function checkParsed<T>(parsed: Parsed<T>, files: Record<string, Uint8Array>, sane: (value: T) => void) {
  if (parsed.ok) sane(parsed.value);
  else expectWellLocated(parsed.issues, files, (f) => asParsed(f, files[f]));
  for (const w of parsed.warnings) expect(formatIssue(w)).toMatch(ISSUE_LINE);
}

describe("parseSnapshot and parseIndexHistory on mutated snapshots", () => {
  it("load or report located issues, never throw (3,000 seeded cases)", () => {
    let rejected = 0;
    fc.assert(
      fc.property(pureCase, (c) => {
        const files = caseFiles(c);
        const day: Record<string, Uint8Array> = {};
        for (const [name, bytes] of Object.entries(files)) if (name.startsWith(`${DATE}/`)) day[name.slice(DATE.length + 1)] = bytes;
        const snapshot = parseSnapshot(DATE, day);
        checkParsed(snapshot, files, expectSane);
        const history = parseIndexHistory("index-history.csv", files["index-history.csv"] as Uint8Array);
        checkParsed(history, files, expectSaneBars);
        if (!snapshot.ok || !history.ok) rejected += 1;
      }),
      {seed: SEED, numRuns: 3000},
    );
    // Most mutations break something; if almost none did, the generator has stopped biting.
    expect(rejected).toBeGreaterThan(1500);
  });
});

/** Writes a case's files over the base day in the temporary data folder; the loader starts afresh for each case. */
async function writeCase(files: Record<string, Uint8Array>) {
  await rm(join(dataDir, DATE), {recursive: true, force: true});
  for (const name of ["index-history.csv", "index-history.csv.gz"]) await rm(join(dataDir, name), {force: true});
  await mkdir(join(dataDir, DATE));
  for (const [name, bytes] of Object.entries(files)) await writeFile(join(dataDir, name), bytes);
  return createEffects();
}

describe("loadDay on mutated snapshot folders, gzip included", () => {
  it("loads (and then gives a brief) or reports located issues in files that exist, never throws (200 seeded cases)", async () => {
    let loaded = 0;
    await fc.assert(
      fc.asyncProperty(loaderCase, async (c) => {
        const files = caseFiles(c);
        const effects = await writeCase(files);
        const day = await effects.loadDay(dataDir, DATE);
        if (day.ok) {
          loaded += 1;
          expectSane(day.value.snapshot);
          // Odd but valid data (reordered, duplicated members, extreme moves) must not crash the stages after.
          const {facts} = computeFacts(day.value);
          factsToJson(facts);
          toMdx(composeBrief(facts), {generator: "fuzz", inputHash: "0".repeat(64)});
        } else {
          expectWellLocated(day.issues, files, (f) => asParsed(f, files[f]));
          for (const issue of day.issues) expect(existsSync(join(dataDir, issue.file)), issue.file).toBe(true);
        }
      }),
      {seed: SEED, numRuns: 200},
    );
    // Some cases must get through, or the pipeline after loading was never exercised.
    expect(loaded).toBeGreaterThan(20);
  });
});

const run = promisify(execFile);

/** The brief CLI's exit code and stderr (execFile rejects on a non-zero exit; that is an outcome here). */
async function brief(args: string[]): Promise<{code: number; stderr: string}> {
  try {
    const {stderr} = await run(process.execPath, ["scripts/brief.ts", ...args]);
    return {code: 0, stderr};
  } catch (error) {
    const e = error as {code?: number; stderr?: string};
    return {code: e.code ?? -1, stderr: e.stderr ?? ""};
  }
}

describe("the brief CLI on mutated snapshots", () => {
  it("exits 2, prints file:row:column issues and leaves the content folder byte-identical", async () => {
    const content = await mkdtemp(join(tmpdir(), "mb-fuzz-content-"));
    try {
      // A previous good brief, and an editor's commentary, that a bad run must not touch.
      await writeCase(caseFiles({mutations: [], gzip: {target: "stocks.csv", how: "none"}}));
      expect((await brief(["--date", DATE, "--data", dataDir, "--content", content])).code).toBe(0);
      await mkdir(join(content, "commentary"));
      await writeFile(join(content, "commentary", `${DATE}.mdx`), "Editor's words.\n");
      const before = await treeContents(content);

      // The first invalid cases of a seeded sample: the CLI is slow to start, so only a few.
      const invalid: Record<string, Uint8Array>[] = [];
      for (const c of fc.sample(loaderCase, {seed: SEED + 1, numRuns: 200})) {
        const files = caseFiles(c);
        const effects = await writeCase(files);
        if (!(await effects.loadDay(dataDir, DATE)).ok) invalid.push(files);
        if (invalid.length === 4) break;
      }
      expect(invalid).toHaveLength(4);
      for (const files of invalid) {
        await writeCase(files);
        const {code, stderr} = await brief(["--date", DATE, "--data", dataDir, "--content", content, "--force"]);
        expect(code, stderr).toBe(2);
        const issueLines = stderr.split("\n").filter((l) => !l.startsWith("warning: ") && ISSUE_LINE.test(l));
        expect(issueLines.length, stderr).toBeGreaterThan(0);
        expect(stderr).toContain(`No file was changed for ${DATE}`);
        expect(await treeContents(content)).toEqual(before);
      }
    } finally {
      await rm(content, {recursive: true, force: true});
    }
  });
});

/** Cases the fuzzer found, kept as named regressions (each shrunk to its smallest form). */
describe("regressions found by fuzzing", () => {
  const stocksWith = (column: number, value: string) => {
    const lines = new TextDecoder().decode(baseFiles["stocks.csv"]).split("\n");
    const fields = (lines[1] as string).split(",");
    fields[column] = value;
    lines[1] = fields.join(",");
    return new TextEncoder().encode(lines.join("\n"));
  };
  const day = (patch: Record<string, Uint8Array>) => {
    const files: Record<string, Uint8Array> = {};
    for (const t of TARGETS) if (t !== "index-history.csv") files[t] = baseFiles[t];
    return parseSnapshot(DATE, {...files, ...patch});
  };

  it.each([
    ["prev_close", 2, "9".repeat(400)], // Number("999…") is Infinity
    ["prev_close", 2, "99999999999999999999.99"], // 1e22 fen: past 2^53, no longer exact
    ["volume", 7, "1" + "0".repeat(309)], // Infinity shares
    ["amount", 8, "9".repeat(400)], // Infinity yuan
  ])("rejects %s %#: a number too large to hold exactly is not a quote", (_name, column, value) => {
    const parsed = day({"stocks.csv": stocksWith(column, value)});
    if (parsed.ok) expectSane(parsed.value);
    else expectWellLocated(parsed.issues, {[`${DATE}/stocks.csv`]: new Uint8Array()}, () => undefined);
  });

  it("rejects an index history level that overflows to Infinity", () => {
    const text = new TextDecoder().decode(baseFiles["index-history.csv"]).split("\n");
    const fields = (text[1] as string).split(",");
    fields[3] = "9".repeat(400); // high: open and close still lie inside [low, Infinity]
    text[1] = fields.join(",");
    const parsed = parseIndexHistory("index-history.csv", new TextEncoder().encode(text.join("\n")));
    if (parsed.ok) expectSaneBars(parsed.value);
    else expect(parsed.issues.map(formatIssue)[0]).toMatch(ISSUE_LINE);
  });

  it("keeps a meta.json syntax error on one line when the JSON error quotes a line break", () => {
    // JSON.parse's message quotes the text around the error, line break included.
    const parsed = day({"meta.json": new TextEncoder().encode('z{\n  "date": "2025-06-24"')});
    expect(parsed.ok).toBe(false);
    for (const issue of parsed.ok ? [] : parsed.issues) expect(formatIssue(issue)).toMatch(ISSUE_LINE);
  });
});
