import {SingleBar} from "cli-progress";
import {availableParallelism} from "node:os";
import {isoDate, parse, UsageError} from "./args.ts";
import {main} from "./main.ts";
import {generateDay, type DayOptions, type DayOutcome, type SnapshotRef} from "./generateDay.ts";
import {briefInWorkers, WORKERS_FROM} from "./briefInWorkers.ts";
import {createEffects, removeStaleBriefTemps, scanSnapshotFolders} from "../io/index.ts";
import {generatorVersion} from "../io/generatorVersion.ts";
import {formatIssue} from "../snapshot/issue.ts";

const USAGE = `Usage: npm run brief -- --date YYYY-MM-DD [options]
       npm run brief -- --from YYYY-MM-DD --to YYYY-MM-DD [options]
       npm run brief -- --all [options]

Writes content/briefs/DATE.mdx (the brief), DATE.facts.json (its facts) and DATE.charts.json
(its chart specs), and the Chinese edition's content/briefs/zh/DATE.mdx and DATE.charts.json,
from the snapshot in data/DATE/. A midday snapshot (data/midday/DATE/, or data/DATE/ whose
meta.json says "midday") is a brief of its own: DATE.midday.mdx, .facts.json, .charts.json, never
overwritten by the close. A brief whose inputs have not changed is left alone unless --force is
given. Editors' commentary (content/commentary/) is never touched.

Options:
  --date D        one trading day
  --from A --to B every day with a snapshot between A and B (inclusive), with a progress bar
  --all           every day with a snapshot in the data folder
  --data DIR      snapshot folder (default: data)
  --content DIR   content folder (default: content)
  --force         regenerate even when the brief is up to date
  --threads N     worker threads for a run of ${WORKERS_FROM} or more snapshots, each given a
                  contiguous run of days (default: one per core; 1: every day in this thread)
  --quiet         print only errors and the summary
  --help          show this help

Exit codes: 0 done; 2 bad input (each problem printed as file:row:column: message, nothing
written for that day); 1 internal error.
`;

async function run(argv: string[]): Promise<number> {
  const {values} = parse(argv, {
    date: {type: "string"},
    from: {type: "string"},
    to: {type: "string"},
    all: {type: "boolean", default: false},
    data: {type: "string", default: "data"},
    content: {type: "string", default: "content"},
    force: {type: "boolean", default: false},
    threads: {type: "string"},
    quiet: {type: "boolean", default: false},
    help: {type: "boolean", default: false},
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const date = isoDate(values.date, "--date");
  const from = isoDate(values.from, "--from");
  const to = isoDate(values.to, "--to");
  const modes = [date !== undefined, from !== undefined || to !== undefined, values.all].filter(Boolean).length;
  if (modes !== 1) throw new UsageError("give exactly one of --date, --from/--to or --all");
  if ((from === undefined) !== (to === undefined)) throw new UsageError("--from and --to go together");
  if (from !== undefined && to !== undefined && from > to) throw new UsageError(`--from ${from} is after --to ${to}`);
  const threads = values.threads === undefined ? availableParallelism() : Number(values.threads);
  if (!Number.isInteger(threads) || threads < 1) throw new UsageError(`--threads "${values.threads}" is not a number of threads (expected a whole number, 1 or more)`);

  const folders = await scanSnapshotFolders(values.data);
  // A wrong --data path must not pass as "0 day(s)", exit 0.
  if (!folders.exists) {
    process.stderr.write(`${values.data}: the data folder does not exist (give it with --data DIR)\nNo file was changed.\n`);
    return 2;
  }
  if (!values.quiet) for (const w of folders.skipped) process.stderr.write(`warning: ${formatIssue(w)}\n`);
  const available = [...new Set([...folders.dates, ...folders.middays])].sort();
  if (available.length === 0) {
    process.stderr.write(`${values.data}: holds no day folder (expected folders named YYYY-MM-DD, one per trading day)\nNo file was changed.\n`);
    return 2;
  }
  let dates: string[];
  if (date !== undefined) {
    if (!available.includes(date)) {
      process.stderr.write(`${values.data}/${date}: no snapshot for this date (is it a trading day? folders found: ${available.length})\nNo file was changed.\n`);
      return 2;
    }
    dates = [date];
  } else if (from !== undefined && to !== undefined) {
    dates = available.filter((d) => d >= from && d <= to);
  } else {
    dates = available;
  }

  // A run killed mid-write (SIGKILL, power cut) leaves its temporary files: the next run clears them.
  const stale = await removeStaleBriefTemps(values.content);
  if (stale.length > 0 && !values.quiet) process.stderr.write(`removed ${stale.length} temporary file(s) left by an interrupted run: ${stale.join(", ")}\n`);

  const options = {
    dataDir: values.data,
    contentDir: values.content,
    generator: generatorVersion(),
    force: values.force,
    middays: folders.middays,
  };
  // In time order: a date's midday snapshot before its close.
  const snapshots: SnapshotRef[] = dates.flatMap((d) => [
    ...(folders.middays.includes(d) ? [{date: d, midday: true}] : []),
    ...(folders.dates.includes(d) ? [{date: d, midday: false}] : []),
  ]);
  const bar = snapshots.length > 1 && process.stderr.isTTY ? new SingleBar({format: "briefs [{bar}] {value}/{total} {date}", hideCursor: true}) : null;
  bar?.start(snapshots.length, 0, {date: ""});
  const progress = (outcome: DayOutcome) => bar?.increment(1, {date: outcome.label});
  let outcomes: DayOutcome[];
  try {
    outcomes =
      snapshots.length >= WORKERS_FROM && threads > 1
        ? // A backfill on every core: each worker a contiguous run of days, outcomes back in time order.
          await briefInWorkers(snapshots, options, {threads, onOutcome: progress})
        : await briefInThread(snapshots, {...options, effects: createEffects()}, progress);
  } finally {
    bar?.stop();
  }

  // A broken earlier folder, or a warning of the index history, is part of every later day's
  // outcome: each line is printed once, and a day says how many of its errors were listed above.
  const printed = new Set<string>();
  const once = (line: string) => {
    if (printed.has(line)) return false;
    printed.add(line);
    process.stderr.write(`${line}\n`);
    return true;
  };
  for (const o of outcomes) {
    if (!values.quiet) for (const w of o.warnings) once(`warning: ${formatIssue(w)}`);
    if (o.status !== "invalid") continue;
    const repeated = o.issues.filter((i) => !once(formatIssue(i))).length;
    if (repeated > 0) process.stderr.write(`${o.label}: ${repeated} more error(s), listed above for an earlier date\n`);
  }
  const count = (s: DayOutcome["status"]) => outcomes.filter((o) => o.status === s).length;
  const invalid = outcomes.filter((o) => o.status === "invalid").map((o) => o.label);
  const summary = `${outcomes.length} snapshot(s): ${count("written")} written, ${count("up-to-date")} up to date, ${invalid.length} invalid`;
  process.stderr.write(`${summary}\n`);
  if (invalid.length > 0) {
    process.stderr.write(`No file was changed for ${invalid.join(", ")}.\n`);
    return 2;
  }
  return 0;
}

/** The snapshots one after another in this thread, with one effects object for the run. */
async function briefInThread(snapshots: readonly SnapshotRef[], options: DayOptions, progress: (o: DayOutcome) => void): Promise<DayOutcome[]> {
  const outcomes: DayOutcome[] = [];
  for (const s of snapshots) {
    const outcome = await generateDay(s.date, options, s.midday);
    outcomes.push(outcome);
    progress(outcome);
  }
  return outcomes;
}

await main(() => run(process.argv.slice(2)), USAGE);
