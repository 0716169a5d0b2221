import {cp, mkdir, readdir, readFile, writeFile} from "node:fs/promises";
import {join} from "node:path";

const DAY_MS = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The next `n` weekdays after `date` (bench data needs plausible dates, not the real holiday table). */
export function weekdaysAfter(date: string, n: number): string[] {
  const out: string[] = [];
  let ms = Date.parse(`${date}T00:00:00Z`);
  while (out.length < n) {
    ms += DAY_MS;
    const day = new Date(ms).getUTCDay();
    if (day !== 0 && day !== 6) out.push(iso(ms));
  }
  return out;
}

/**
 * A long market for benchmarks, made at bench time from the committed sample: the sample's
 * index history plus `days` full close snapshots dated after it, each a copy of a sample close
 * day (in rotation) with its date rewritten. Same size and shape as real days; never committed.
 * The rotation ends on the sample's first close day whatever `days` is, so the last day (whose
 * page the bench weighs) has the same quotes in a bench of 250 days as in one of 2,500, and
 * only the archive behind it differs.
 */
export async function makeBenchData(sampleDir: string, outDir: string, days: number): Promise<string[]> {
  const folders = (await readdir(sampleDir)).filter((n) => /^\d{4}-\d{2}-\d{2}$/.test(n)).sort();
  const closes: string[] = [];
  for (const f of folders) {
    const meta = JSON.parse(await readFile(join(sampleDir, f, "meta.json"), "utf8")) as {session: string};
    if (meta.session === "close") closes.push(f);
  }
  const last = folders[folders.length - 1];
  if (!last || closes.length === 0) throw new Error(`${sampleDir} has no close snapshots to build bench data from`);
  await mkdir(outDir, {recursive: true});
  for (const name of await readdir(sampleDir)) {
    if (name.startsWith("index-history")) await cp(join(sampleDir, name), join(outDir, name));
  }
  const dates = weekdaysAfter(last, days);
  for (const [i, date] of dates.entries()) {
    const source = closes[(((i - (days - 1)) % closes.length) + closes.length) % closes.length] as string;
    const dir = join(outDir, date);
    await cp(join(sampleDir, source), dir, {recursive: true});
    const meta = JSON.parse(await readFile(join(dir, "meta.json"), "utf8")) as Record<string, unknown>;
    await writeFile(join(dir, "meta.json"), `${JSON.stringify({...meta, date}, null, 2)}\n`);
  }
  return dates;
}
