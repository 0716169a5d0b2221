import {mkdir, mkdtemp, readdir, readFile, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {Worker} from "node:worker_threads";
import {describe, expect, it} from "vitest";
import {writeFileAtomic} from "../../src/io/writeAtomic.ts";

describe("writeFileAtomic(path, data)", () => {
  it("writes new content and leaves no temporary file behind", async () => {
    const dir = await mkdtemp(join(tmpdir(), "mb-atomic-"));
    await writeFile(join(dir, "a.txt"), "old");
    await writeFileAtomic(join(dir, "a.txt"), "new");
    expect(await readFile(join(dir, "a.txt"), "utf8")).toBe("new");
    expect(await readdir(dir)).toEqual(["a.txt"]);
  });

  it("writes bytes as given", async () => {
    const dir = await mkdtemp(join(tmpdir(), "mb-atomic-"));
    await writeFileAtomic(join(dir, "b.bin"), new Uint8Array([0, 255, 10]));
    expect([...(await readFile(join(dir, "b.bin")))]).toEqual([0, 255, 10]);
  });

  it("fails without touching anything when the folder does not exist", async () => {
    const dir = await mkdtemp(join(tmpdir(), "mb-atomic-"));
    await expect(writeFileAtomic(join(dir, "missing", "c.txt"), "x")).rejects.toThrow();
    expect(await readdir(dir)).toEqual([]);
  });

  it("leaves the old file when the target cannot be replaced", async () => {
    // Renaming a file over a non-empty directory fails; the temp file must be cleaned up.
    const dir = await mkdtemp(join(tmpdir(), "mb-atomic-"));
    await mkdir(join(dir, "d"));
    await writeFile(join(dir, "d", "inner.txt"), "keep");
    await expect(writeFileAtomic(join(dir, "d"), "x")).rejects.toThrow();
    expect((await readdir(dir)).sort()).toEqual(["d"]);
    expect(await readFile(join(dir, "d", "inner.txt"), "utf8")).toBe("keep");
  });
});

describe("writeFileAtomic in worker threads", () => {
  // Regression: threads share the process id, and each counts its writes from 1, so two threads
  // writing one cache entry picked the same temporary name; one failed and removed the other's.
  it("lets the main thread and a worker write the same file at once without failing", async () => {
    const dir = await mkdtemp(join(tmpdir(), "mb-atomic-threads-"));
    const path = join(dir, "entry.json");
    const times = 1000;
    const worker = new Worker(new URL("./fixtures/writeAtomicWorker.ts", import.meta.url), {workerData: {path, times}});
    const message = () =>
      new Promise<unknown>((resolve, reject) => {
        worker.once("message", resolve);
        worker.once("error", reject);
      });
    await message();
    // Both threads start together, so their counters run side by side.
    const workerFailed = message();
    worker.postMessage("go");
    let failed = 0;
    for (let i = 0; i < times; i++) await writeFileAtomic(path, `main ${i}`, {durable: false}).catch(() => (failed += 1));
    expect([failed, await workerFailed]).toEqual([0, 0]);
    expect(await readFile(path, "utf8")).toMatch(/^(main|worker) \d+$/);
    expect(await readdir(dir)).toEqual(["entry.json"]);
  });
});
