import {readdir, readFile} from "node:fs/promises";
import {join} from "node:path";
import {briefPaths, type BriefSession, type Edition} from "./briefFiles.ts";
import {readBriefChartDefs} from "./readChartDefs.ts";

export interface CommentaryInput {
  date: string;
  /** Which brief of the date it comments on: DATE.mdx the close, DATE.midday.mdx the midday brief. */
  session: BriefSession;
  /** Which edition the commentary belongs to: DATE.mdx is English, DATE.zh.mdx Chinese. */
  edition: Edition;
  /** Path relative to the project, for messages. */
  file: string;
  text: string;
  facts: unknown;
  chartIds: string[];
}

/**
 * Commentary file names: DATE.mdx (English) and DATE.zh.mdx (Chinese) for the close's brief,
 * DATE.midday.mdx and DATE.midday.zh.mdx for the midday brief; anything else is not commentary.
 */
const NAME = /^(\d{4}-\d{2}-\d{2})(\.midday)?(\.zh)?\.mdx$/;

/** The commentary file of a brief and edition, by name: "2025-06-25.midday.zh.mdx". */
export const commentaryFileName = (date: string, session: BriefSession, edition: Edition): string =>
  `${date}${session === "midday" ? ".midday" : ""}${edition === "en" ? "" : ".zh"}.mdx`;

/**
 * Every commentary file with what it may cite: its brief's facts (null without a brief; one
 * file for both editions) and the chart ids of that brief in its own edition.
 */
export async function readCommentaryInputs(contentDir: string): Promise<CommentaryInput[]> {
  const dir = join(contentDir, "commentary");
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => NAME.test(n)).sort();
  return Promise.all(
    names.map(async (name) => {
      const [, date = "", midday, zh] = NAME.exec(name) as RegExpExecArray;
      const edition: Edition = zh ? "zh-CN" : "en";
      const session: BriefSession = midday ? "midday" : "close";
      return {
        date,
        session,
        edition,
        file: join(dir, name),
        text: await readFile(join(dir, name), "utf8"),
        facts: await readFacts(contentDir, date, session),
        chartIds: (await readBriefChartDefs(contentDir, date, edition, session)).map((c) => c.id),
      };
    }),
  );
}

/** One brief's facts JSON, parsed; null when there is no such brief. */
export async function readFacts(contentDir: string, date: string, session: BriefSession = "close"): Promise<unknown> {
  const text = await readFile(briefPaths(contentDir, date, "en", session).facts, "utf8").catch(() => null);
  return text === null ? null : (JSON.parse(text) as unknown);
}
