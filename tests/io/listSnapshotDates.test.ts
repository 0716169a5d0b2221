import {mkdir, mkdtemp, symlink, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {listSnapshotDates, scanSnapshotFolders} from "../../src/io/listSnapshotDates.ts";
import {formatIssue} from "../../src/snapshot/issue.ts";

describe("scanSnapshotFolders(dataDir)", () => {
  // Regression: each of these was skipped without a word, so a day silently had no brief.
  it("reads real day folders and names each date-like entry it skips, and why", async () => {
    const data = await mkdtemp(join(tmpdir(), "mb-scan-"));
    for (const name of ["2025-06-24", "2025-06-23", "2025-02-30", "2025-6-25", "elsewhere", "notes"]) await mkdir(join(data, name));
    await symlink(join(data, "elsewhere"), join(data, "2025-06-20"));
    await writeFile(join(data, "2025-06-19"), "a file\n");
    await writeFile(join(data, "index-history.csv"), "date,code,open,high,low,close\n");
    const scan = await scanSnapshotFolders(data);
    expect(scan.exists).toBe(true);
    expect(scan.dates).toEqual(["2025-06-23", "2025-06-24"]);
    expect(scan.skipped.map(formatIssue)).toEqual([
      '2025-02-30:1:1: folder "2025-02-30" is not read: its name is not a real date written YYYY-MM-DD',
      "2025-06-19:1:1: is not a folder and is not read: expected a day folder with meta.json, stocks.csv, indices.csv, members.csv",
      "2025-06-20:1:1: is a symbolic link and is not read: a day folder must be a folder in the data folder itself (copy it in)",
      '2025-6-25:1:1: folder "2025-6-25" is not read: its name is not a real date written YYYY-MM-DD',
    ]);
    expect(await listSnapshotDates(data)).toEqual(["2025-06-23", "2025-06-24"]);
  });

  it("lists midday snapshots kept beside the close in midday/DATE/, and not as days", async () => {
    const data = await mkdtemp(join(tmpdir(), "mb-scan-midday-"));
    for (const name of ["2025-06-24", "midday/2025-06-24", "midday/2025-06-25", "midday/2025-13-01"]) await mkdir(join(data, name), {recursive: true});
    const scan = await scanSnapshotFolders(data);
    expect(scan.dates).toEqual(["2025-06-24"]);
    expect(scan.middays).toEqual(["2025-06-24", "2025-06-25"]);
    expect(scan.skipped.map(formatIssue)).toEqual(['midday/2025-13-01:1:1: folder "2025-13-01" is not read: its name is not a real date written YYYY-MM-DD']);
    expect(await listSnapshotDates(data)).toEqual(["2025-06-24"]);
  });

  it("says when the data folder does not exist", async () => {
    expect(await scanSnapshotFolders(join(tmpdir(), "mb-no-such-folder-7f3a"))).toEqual({exists: false, dates: [], middays: [], skipped: []});
  });
});
