/**
 * Preloaded into a child process (node --import) to report its peak memory: at exit it writes
 * {maxRssBytes} to the file named by BENCH_RSS_FILE. Works for any Node program, Astro's CLI
 * included, without /usr/bin/time. A program that runs others (the site build runs one Astro
 * build per site part, passing its own Node flags on) reports the peak of any of them: each
 * process writes the larger of its own peak and the one already written.
 */
import {readFileSync, writeFileSync} from "node:fs";

const target = process.env.BENCH_RSS_FILE;
if (target) {
  process.on("exit", () => {
    let earlier = 0;
    try {
      earlier = (JSON.parse(readFileSync(target, "utf8")) as {maxRssBytes: number}).maxRssBytes;
    } catch {
      // the first process to exit
    }
    // resourceUsage().maxRSS is in kilobytes.
    writeFileSync(target, JSON.stringify({maxRssBytes: Math.max(earlier, process.resourceUsage().maxRSS * 1024)}));
  });
}
