import {spawn} from "node:child_process";
import {mkdtemp, readFile, rm} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";

export interface ChildResult {
  ms: number;
  maxRssBytes: number;
}

const REPORTER = new URL("./reportRss.ts", import.meta.url).pathname;

/** Runs a Node script in a child process; returns wall time and the child's peak RSS. Throws on a non-zero exit. */
export async function runNode(args: string[], env: Record<string, string> = {}): Promise<ChildResult> {
  const dir = await mkdtemp(join(tmpdir(), "mb-bench-"));
  const rssFile = join(dir, "rss.json");
  const start = performance.now();
  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", REPORTER, ...args], {
      env: {...process.env, ...env, BENCH_RSS_FILE: rssFile},
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr = (stderr + d).slice(-4000)));
    child.on("error", reject);
    child.on("close", (c) => (c === 0 ? resolve(0) : reject(new Error(`${args.join(" ")} exited ${c}:\n${stderr}`))));
  });
  const ms = performance.now() - start;
  const {maxRssBytes} = JSON.parse(await readFile(rssFile, "utf8")) as {maxRssBytes: number};
  await rm(dir, {recursive: true, force: true});
  return {ms: code === 0 ? ms : NaN, maxRssBytes};
}
