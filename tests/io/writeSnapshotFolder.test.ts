import {mkdtemp, readdir, readFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {writeSnapshotFolder} from "../../src/io/writeSnapshotFolder.ts";

describe("writeSnapshotFolder(dataDir, date, files, {force})", () => {
  it("creates the folder with every file and leaves no temporary folder", async () => {
    const dir = await mkdtemp(join(tmpdir(), "mb-folder-"));
    expect(await writeSnapshotFolder(join(dir, "data"), "2025-06-24", {"a.csv": "1\n", "meta.json": "{}"})).toBe(true);
    expect(await readdir(join(dir, "data"))).toEqual(["2025-06-24"]);
    expect((await readdir(join(dir, "data", "2025-06-24"))).sort()).toEqual(["a.csv", "meta.json"]);
  });

  it("leaves an existing folder alone without force, and replaces it whole with force", async () => {
    const dir = await mkdtemp(join(tmpdir(), "mb-folder-"));
    await writeSnapshotFolder(dir, "2025-06-24", {"old.csv": "old", "same.csv": "old"});
    expect(await writeSnapshotFolder(dir, "2025-06-24", {"same.csv": "new"})).toBe(false);
    expect(await readFile(join(dir, "2025-06-24", "same.csv"), "utf8")).toBe("old");
    expect(await writeSnapshotFolder(dir, "2025-06-24", {"same.csv": "new"}, {force: true})).toBe(true);
    // Replaced, not merged: old.csv is gone.
    expect(await readdir(join(dir, "2025-06-24"))).toEqual(["same.csv"]);
    expect(await readFile(join(dir, "2025-06-24", "same.csv"), "utf8")).toBe("new");
    expect(await readdir(dir)).toEqual(["2025-06-24"]);
  });

  it("fails without a trace when a file cannot be written", async () => {
    const dir = await mkdtemp(join(tmpdir(), "mb-folder-"));
    await writeSnapshotFolder(dir, "2025-06-24", {"keep.csv": "old"});
    // A name with a folder that does not exist inside the temporary folder cannot be written.
    await expect(writeSnapshotFolder(dir, "2025-06-24", {"no/such.csv": "x"}, {force: true})).rejects.toThrow();
    expect(await readdir(dir)).toEqual(["2025-06-24"]);
    expect(await readFile(join(dir, "2025-06-24", "keep.csv"), "utf8")).toBe("old");
  });
});
