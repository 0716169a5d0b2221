import {readdir, readFile} from "node:fs/promises";
import {join} from "node:path";
import {briefPaths} from "./briefFiles.ts";
import {readChartDefs} from "./readChartDefs.ts";

export interface CommentaryInput {
  date: string;
  /** Path relative to the project, for messages. */
  file: string;
  text: string;
  facts: unknown;
  chartIds: string[];
}

/** Every commentary file with what it may cite: its day's facts (null without a brief) and chart ids. */
export async function readCommentaryInputs(contentDir: string): Promise<CommentaryInput[]> {
  const dir = join(contentDir, "commentary");
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => /^\d{4}-\d{2}-\d{2}\.mdx$/.test(n)).sort();
  return Promise.all(
    names.map(async (name) => {
      const date = name.slice(0, 10);
      const factsText = await readFile(briefPaths(contentDir, date).facts, "utf8").catch(() => null);
      return {
        date,
        file: join(dir, name),
        text: await readFile(join(dir, name), "utf8"),
        facts: factsText === null ? null : (JSON.parse(factsText) as unknown),
        chartIds: (await readChartDefs(contentDir, date)).map((c) => c.id),
      };
    }),
  );
}

/** One day's facts JSON, parsed; null when the day has no brief. */
export async function readFacts(contentDir: string, date: string): Promise<unknown> {
  const text = await readFile(briefPaths(contentDir, date).facts, "utf8").catch(() => null);
  return text === null ? null : (JSON.parse(text) as unknown);
}
