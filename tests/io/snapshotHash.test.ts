import {cp, mkdir, mkdtemp, readFile, utimes, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {listSnapshotDates} from "../../src/io/listSnapshotDates.ts";
import {snapshotHasher} from "../../src/io/snapshotHash.ts";

const snapshotHash = snapshotHasher();
import {copyBase} from "../snapshot/dataDir.ts";

describe("snapshotHash(dataDir, date)", () => {
  it("is the same for the same bytes in another folder with other times", async () => {
    const a = await copyBase();
    const b = join(await mkdtemp(join(tmpdir(), "mb-hash-")), "elsewhere");
    await cp(a, b, {recursive: true});
    await utimes(join(b, "2025-06-24", "stocks.csv"), new Date("2030-01-01"), new Date("2030-01-01"));
    expect(await snapshotHash(b, "2025-06-24")).toBe(await snapshotHash(a, "2025-06-24"));
    expect(await snapshotHash(a, "2025-06-24")).toMatch(/^[0-9a-f]{64}$/);
  });

  it("changes with the day's files, an earlier day's and the index history, not with later days", async () => {
    const dir = await copyBase();
    const hashes = [await snapshotHash(dir, "2025-06-24")];
    const edit = async (rel: string) => writeFile(join(dir, rel), `${await readFile(join(dir, rel), "utf8")}\n`);
    for (const rel of ["2025-06-24/members.csv", "2025-06-23/stocks.csv", "index-history.csv"]) {
      await edit(rel);
      hashes.push(await snapshotHash(dir, "2025-06-24"));
    }
    expect(new Set(hashes).size).toBe(4);
    await cp(join(dir, "2025-06-24"), join(dir, "2025-06-25"), {recursive: true});
    expect(await snapshotHash(dir, "2025-06-24")).toBe(hashes[3]);
  });
});

describe("listSnapshotDates(dataDir)", () => {
  it("lists folders named by real dates, ascending, and nothing else", async () => {
    const dir = await copyBase();
    await mkdir(join(dir, "2025-02-30"));
    await mkdir(join(dir, ".2025-06-25.123.new"));
    await mkdir(join(dir, "notes"));
    await writeFile(join(dir, "2025-06-20"), "a file, not a folder");
    expect(await listSnapshotDates(dir)).toEqual(["2025-06-23", "2025-06-24"]);
  });

  it("is empty for a data folder that does not exist", async () => {
    expect(await listSnapshotDates(join(tmpdir(), "mb-no-such-folder"))).toEqual([]);
  });
});
