/**
 * Preloaded into a child process (node --import) to report its peak memory: at exit it writes
 * {maxRssBytes} to the file named by BENCH_RSS_FILE. Works for any Node program, Astro's CLI
 * included, without /usr/bin/time.
 */
import {writeFileSync} from "node:fs";

const target = process.env.BENCH_RSS_FILE;
if (target) {
  process.on("exit", () => {
    // resourceUsage().maxRSS is in kilobytes.
    writeFileSync(target, JSON.stringify({maxRssBytes: process.resourceUsage().maxRSS * 1024}));
  });
}
