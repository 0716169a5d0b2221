import {readFile} from "node:fs/promises";
import {join, resolve} from "node:path";
import {commentaryFileName, readFacts} from "../io/commentaryFiles.ts";
import {readBriefChartDefs} from "../io/readChartDefs.ts";
import {formatIssue} from "../snapshot/issue.ts";
import type {BriefView} from "./briefs.ts";
import {parseBriefId} from "./briefId.ts";
import {checkCommentary} from "./checkCommentary.ts";
import {CONTENT_DIR} from "./contentDir.ts";
import {citesByCode, quotesOf} from "./dayQuotes.ts";

/**
 * An error that names the commentary file and line: Astro's dev overlay shows `loc` as the
 * place of the error (with the source around it) and `hint` under it.
 */
export class CommentaryError extends Error {
  loc: {file: string; line: number; column: number};
  hint: string;
  constructor(problems: string[], loc: {file: string; line: number; column: number}, syntax: boolean) {
    super(`${syntax ? "Editor's commentary is not valid MDX" : "Editor's commentary cites something that does not exist"}:\n${problems.join("\n")}`);
    this.name = syntax ? "CommentarySyntaxError" : "CommentaryError";
    this.loc = loc;
    this.hint = syntax
      ? "Close every tag (<Chart id=\"…\" />) and brace; write a literal { or < as \\{ or &lt;. Save the file and the page reloads."
      : "Fact paths are listed in docs/facts.md; chart ids in the brief's front matter (charts:). Save the file and the page reloads.";
    // Astro prints `stack` once before its own report of the error (message, place, hint): our
    // call stack would not help an editor, so that first line only points at the report.
    this.stack = `${this.name} in ${problems[0]?.split(": ")[0] ?? loc.file} (see below)`;
  }
}

/**
 * Checks a brief's commentary in its edition before the page renders anything, so that a bad
 * fact path or chart id is an error page naming the .mdx file and line (HTTP 500 in `npm run
 * dev`, a failed build), never a page cut off where the figure would have been.
 */
export async function guardCommentary(brief: BriefView): Promise<void> {
  if (!brief.commentary) return;
  const {date, session} = parseBriefId(brief.id);
  const file = join(CONTENT_DIR, "commentary", commentaryFileName(date, session, brief.lang));
  const text = await readFile(file, "utf8").catch(() => null);
  if (text === null) return;
  const chartIds = (await readBriefChartDefs(CONTENT_DIR, date, brief.lang, session)).map((c) => c.id);
  const quotes = citesByCode(text) ? await quotesOf(brief.id) : null;
  const issues = checkCommentary(file, text, {facts: await readFacts(CONTENT_DIR, date, session), chartIds, quotes});
  const [first] = issues;
  if (!first) return;
  const syntax = issues.some((i) => i.message.startsWith("not valid MDX"));
  throw new CommentaryError(issues.map(formatIssue), {file: resolve(file), line: first.row, column: first.column}, syntax);
}
