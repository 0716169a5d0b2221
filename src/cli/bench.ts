import {cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {parse} from "./args.ts";
import {main} from "./main.ts";
import {generateDay} from "./generateDay.ts";
import {createEffects} from "../io/index.ts";
import {CACHE_ROOT, cacheFolder} from "../io/cacheDir.ts";
import {astroCacheDir, clearPageCache} from "../io/astroCacheDir.ts";
import {generatorVersion} from "../io/generatorVersion.ts";
import {makeBenchData, weekdaysAfter} from "../bench/benchData.ts";
import {runNode, type ChildResult} from "../bench/childRun.ts";
import {pageWeight} from "../bench/pageWeight.ts";
import {lighthouseScores} from "../bench/lighthouseScores.ts";
import {kb, median, mib, secs, timeRuns, timeTurns} from "../bench/stats.ts";
import {serveDist} from "../io/serveDist.ts";

const USAGE = `Usage: npm run bench -- [--days N] [--runs N] [--no-site] [--no-lighthouse] [--out FILE]

Benchmarks at full-market scale on data made at bench time from the sample in data/ (never
committed): one day's brief against the floor of reading its inputs, a backfill of N days, site
builds (with charts cold and cached, and as plain MDX), an incremental build, page weight and
Lighthouse. Prints a table and writes JSON (default bench-results/latest.json).

Options:
  --data DIR        the sample to build bench data from (default data)
  --days N          trading days in the backfill and the site (default 250)
  --runs N          runs per timing, median reported (default 5)
  --no-site         skip the site builds, page weight and Lighthouse
  --no-lighthouse   skip Lighthouse
  --out FILE        where to write the JSON result
  --help            show this help
`;

async function stripCharts(from: string, to: string): Promise<void> {
  await cp(from, to, {recursive: true});
  // Both editions: the Chinese briefs (briefs/zh/) have charts of their own.
  for (const dir of [join(to, "briefs"), join(to, "briefs", "zh")]) {
    for (const name of await readdir(dir).catch(() => [] as string[])) {
      const path = join(dir, name);
      if (name.endsWith(".mdx")) await writeFile(path, (await readFile(path, "utf8")).replace(/^<Chart id="[^"]+" \/>\n\n?/gm, "").replace(/^charts:\n(  - .*\n)+/m, "charts: []\n"));
      if (name.endsWith(".charts.json")) await writeFile(path, "[]\n");
    }
  }
}

async function run(argv: string[]): Promise<number> {
  const {values} = parse(argv, {
    data: {type: "string", default: "data"},
    days: {type: "string", default: "250"},
    runs: {type: "string", default: "5"},
    "no-site": {type: "boolean", default: false},
    "no-lighthouse": {type: "boolean", default: false},
    out: {type: "string", default: join("bench-results", "latest.json")},
    help: {type: "boolean", default: false},
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const days = Number(values.days);
  const runs = Number(values.runs);
  const tmp = await mkdtemp(join(tmpdir(), "mb-bench-"));
  // Content folders whose Astro cache (content store, page cache) the bench makes under node_modules/.astro.
  const builtContent: string[] = [];
  const rows: [string, string, string][] = [];
  const result: Record<string, unknown> = {days, runs};
  const say = (what: string, value: string, target: string) => {
    rows.push([what, value, target]);
    process.stderr.write(`${what}: ${value}\n`);
  };
  try {
    const data = join(tmp, "data");
    const dates = await makeBenchData(values.data, data, days);
    const last = dates[dates.length - 1] as string;

    // One full-market day with its history: the floor is reading and parsing its inputs, with
    // nothing cached (neither in memory nor the parsed days kept on disk).
    const parsedCache = cacheFolder("parsed");
    // New effects have empty memory caches; removing the folder empties the disk cache too.
    const cold = async () => {
      await rm(parsedCache, {recursive: true, force: true});
      return createEffects({cacheDir: CACHE_ROOT});
    };
    const content = join(tmp, "content-one");
    const options = (effects: ReturnType<typeof createEffects>) => ({dataDir: data, contentDir: content, generator: generatorVersion(), force: true, effects});
    // The floor is the brief's own first step (effects.loadDay: the same reads and parser, with the
    // same empty caches), so the brief can only add to it; the two take turns.
    const [floorTimes, briefTimes] = await timeTurns(runs, [
      async () => await (await cold()).loadDay(data, last),
      async () => await generateDay(last, options(await cold())),
    ]);
    const floor = median(floorTimes as number[]);
    const brief = median(briefTimes as number[]);
    const onDisk = median(await timeRuns(runs, () => generateDay(last, options(createEffects()))));
    const warmOptions = options(createEffects());
    await generateDay(last, warmOptions);
    const warm = median(await timeRuns(runs, () => generateDay(last, warmOptions)));
    result.oneDay = {floorMs: floor, briefMs: brief, ratio: brief / floor, parsedOnDiskMs: onDisk, warmBriefMs: warm};
    say("one day: read+parse inputs (floor)", secs(floor), "");
    say("one day: whole brief, nothing cached", `${secs(brief)} (${(brief / floor).toFixed(2)}× floor)`, "≤ 2× floor");
    say("one day: whole brief, earlier days parsed on disk", secs(onDisk), "the daily run");
    say("one day: whole brief, inputs in memory", secs(warm), "well under 1 s");

    // Backfill: a fresh process over every day, as an operator runs it, with nothing parsed yet.
    await cold();
    const backfillContent = join(tmp, "content");
    const backfill = await runNode(["scripts/brief.ts", "--from", dates[0] as string, "--to", last, "--data", data, "--content", backfillContent, "--quiet"]);
    result.backfill = backfill;
    say(`backfill of ${days} days`, `${secs(backfill.ms)} (${(backfill.ms / days).toFixed(0)} ms a day), peak ${mib(backfill.maxRssBytes)}`, "< 30 s, < 1 GiB at 250 days; linear in days");
    const peaks = [backfill.maxRssBytes];

    if (!values["no-site"]) {
      const cacheDir = cacheFolder("charts");
      // Site builds render every page (`fresh`: the page cache of earlier builds forgotten, the
      // content store kept) except the new day's, which is the incremental build it measures.
      // Each build is the site step of `npm run build` (scripts/site.ts): Astro, in parts once the
      // archive is long (src/site/sitePlan.ts), and the Pagefind search index; its peak memory is
      // that of the largest process it ran.
      const build = async (contentDir: string, outDir: string, env: Record<string, string> = {}, fresh = true) => {
        builtContent.push(contentDir);
        if (fresh) await clearPageCache(contentDir);
        return runNode(["scripts/site.ts", "--content", contentDir, "--out", outDir, "--silent"], env);
      };
      // Plain builds have no charts; with a chart cache of their own they neither read the
      // charted site's cache nor prune it (a build prunes the cache to what its site uses).
      const plainEnv = {MARKET_BRIEF_CACHE: join(tmp, "plain-cache")};
      // Cached and plain builds take turns, `runs` of each, medians reported: one build on this
      // machine varies by seconds and drifts as builds follow one another. Each writes into a
      // new, empty folder (removed after the runs): deleting a site of thousands of files just
      // before a build makes the file system slow to create the next ones.
      await rm(cacheDir, {recursive: true, force: true});
      const cold = await build(backfillContent, join(tmp, "dist"));
      const plainContent = join(tmp, "content-plain");
      await stripCharts(backfillContent, plainContent);
      const runsDir = join(tmp, "site-runs");
      const cachedRuns = [];
      const plainRuns = [];
      for (let i = 0; i < runs; i++) {
        cachedRuns.push(await build(backfillContent, join(runsDir, `cached-${i}`)));
        plainRuns.push(await build(plainContent, join(runsDir, `plain-${i}`), plainEnv));
      }
      await rm(runsDir, {recursive: true, force: true});
      const medianOf = (results: ChildResult[]) => ({ms: median(results.map((r) => r.ms)), maxRssBytes: Math.max(...results.map((r) => r.maxRssBytes))});
      const cached = medianOf(cachedRuns);
      const plain = medianOf(plainRuns);
      result.site = {coldCharts: cold, cachedCharts: cached, plainMdx: plain};
      peaks.push(cold.maxRssBytes, cached.maxRssBytes, plain.maxRssBytes);
      say(`site of ${days} briefs, charts rendered cold`, `${secs(cold.ms)} (${(cold.ms / plain.ms).toFixed(2)}× plain), peak ${mib(cold.maxRssBytes)}`, "≤ 2× plain");
      say(`site of ${days} briefs, charts cached`, `${secs(cached.ms)} (${(cached.ms / plain.ms).toFixed(2)}× plain), peak ${mib(cached.maxRssBytes)}`, "≤ 1.3× plain");
      say(`site of ${days} briefs as plain MDX, no charts`, `${secs(plain.ms)}, peak ${mib(plain.maxRssBytes)}`, "");

      // One new day on top of the built site (its dist/ still there), against a full build:
      // every brief generated and the site built with no chart cache, as on a fresh clone.
      const full = backfill.ms + cold.ms;
      const [extra] = weekdaysAfter(last, 1);
      await cp(join(data, last), join(data, extra as string), {recursive: true});
      const meta = JSON.parse(await readFile(join(data, extra as string, "meta.json"), "utf8")) as Record<string, unknown>;
      await writeFile(join(data, extra as string, "meta.json"), JSON.stringify({...meta, date: extra}));
      const start = performance.now();
      await runNode(["scripts/brief.ts", "--date", extra as string, "--data", data, "--content", backfillContent, "--quiet"]);
      const incremental = await build(backfillContent, join(tmp, "dist"), {}, false);
      const incrementalMs = performance.now() - start;
      peaks.push(incremental.maxRssBytes);
      result.incremental = {ms: incrementalMs, fullBuildMs: full, ratioToFull: incrementalMs / full, ratioToColdSite: incrementalMs / cold.ms, buildMs: incremental.ms};
      say(`full build of ${days} days (all briefs + site, no cache)`, secs(full), "");
      say(
        "one new day on a built site (brief + build)",
        `${secs(incrementalMs)} (${((incrementalMs / full) * 100).toFixed(0)}% of a full build; ${((incrementalMs / cold.ms) * 100).toFixed(0)}% of the cold site build alone)`,
        "≤ 20% of a full build",
      );

      // The measured pages are kept beside the results, so that runs at different archive sizes
      // can be compared line by line (a page must not grow with the archive).
      await mkdir(join(values.out, ".."), {recursive: true});
      for (const [edition, path] of [["en", `briefs/${extra}`], ["zh", `zh/briefs/${extra}`]] as const) {
        await cp(join(tmp, "dist", path, "index.html"), join(values.out, "..", `brief-page-${days}d-${edition}.html`));
      }
      const weight = await pageWeight(join(tmp, "dist"), `/briefs/${extra}/`);
      const weightZh = await pageWeight(join(tmp, "dist"), `/zh/briefs/${extra}/`);
      result.pageWeight = weight;
      result.pageWeightZh = weightZh;
      for (const [edition, w] of [["brief", weight], ["Chinese brief", weightZh]] as const) {
        say(
          `${edition} page weight (HTML+CSS+JS+img)`,
          `${kb(w.total)} (HTML ${kb(w.html)}, CSS ${kb(w.css)}, JS ${kb(w.js)}, img ${kb(w.images)}); gzip HTML+CSS ${kb(w.gzipHtmlCss)}`,
          "≤ 100 KB, 0 KB JS to read; ≤ 60 KB gzip",
        );
      }

      if (!values["no-lighthouse"]) {
        const site = await serveDist(join(tmp, "dist"));
        try {
          for (const [edition, path, key] of [["a brief", `/briefs/${extra}/`, "lighthouse"], ["a Chinese brief", `/zh/briefs/${extra}/`, "lighthouseZh"]] as const) {
            const scores = await lighthouseScores(`${site.url}${path}`);
            result[key] = scores;
            say(`Lighthouse (mobile) on ${edition}`, `performance ${scores.performance}, accessibility ${scores.accessibility}, best practices ${scores.bestPractices}, SEO ${scores.seo}${scores.failing.length ? `; failing: ${scores.failing.join(", ")}` : ""}`, "100 / 100");
          }
        } finally {
          await site.close();
        }
      }
    }
    result.peakRssBytes = Math.max(...peaks);
    say("peak memory of any step", mib(Math.max(...peaks)), "< 2 GiB");
  } finally {
    await rm(tmp, {recursive: true, force: true});
    for (const dir of new Set(builtContent)) await rm(astroCacheDir(dir), {recursive: true, force: true});
  }
  const width = Math.max(...rows.map((r) => r[0].length));
  process.stdout.write(`\n${"benchmark".padEnd(width)}  result  [target]\n`);
  for (const [what, value, target] of rows) process.stdout.write(`${what.padEnd(width)}  ${value}${target ? `  [${target}]` : ""}\n`);
  await mkdir(join(values.out, ".."), {recursive: true});
  await writeFile(values.out, `${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(`\nwritten to ${values.out}\n`);
  return 0;
}

await main(() => run(process.argv.slice(2)), USAGE);
