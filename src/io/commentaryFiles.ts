import {readdir, readFile} from "node:fs/promises";
import {join} from "node:path";
import {briefPaths, type Edition} from "./briefFiles.ts";
import {readChartDefs} from "./readChartDefs.ts";

export interface CommentaryInput {
  date: string;
  /** Which edition the commentary belongs to: DATE.mdx is English, DATE.zh.mdx Chinese. */
  edition: Edition;
  /** Path relative to the project, for messages. */
  file: string;
  text: string;
  facts: unknown;
  chartIds: string[];
}

/** Commentary file names: DATE.mdx (English) and DATE.zh.mdx (Chinese); anything else is not commentary. */
const NAME = /^(\d{4}-\d{2}-\d{2})(\.zh)?\.mdx$/;

/**
 * Every commentary file with what it may cite: its day's facts (null without a brief; one file
 * for both editions) and the chart ids of its own edition.
 */
export async function readCommentaryInputs(contentDir: string): Promise<CommentaryInput[]> {
  const dir = join(contentDir, "commentary");
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => NAME.test(n)).sort();
  return Promise.all(
    names.map(async (name) => {
      const [, date = "", zh] = NAME.exec(name) as RegExpExecArray;
      const edition: Edition = zh ? "zh-CN" : "en";
      const factsText = await readFile(briefPaths(contentDir, date).facts, "utf8").catch(() => null);
      return {
        date,
        edition,
        file: join(dir, name),
        text: await readFile(join(dir, name), "utf8"),
        facts: factsText === null ? null : (JSON.parse(factsText) as unknown),
        chartIds: (await readChartDefs(contentDir, date, edition)).map((c) => c.id),
      };
    }),
  );
}

/** One day's facts JSON, parsed; null when the day has no brief. */
export async function readFacts(contentDir: string, date: string): Promise<unknown> {
  const text = await readFile(briefPaths(contentDir, date).facts, "utf8").catch(() => null);
  return text === null ? null : (JSON.parse(text) as unknown);
}
