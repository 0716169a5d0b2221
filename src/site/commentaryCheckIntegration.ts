import type {AstroIntegration} from "astro";
import {readCommentaryInputs} from "../io/commentaryFiles.ts";
import {formatIssue} from "../snapshot/issue.ts";
import {checkCommentary} from "./checkCommentary.ts";
import {CONTENT_DIR} from "./contentDir.ts";
import {citesByCode, quotesOf} from "./dayQuotes.ts";
import {briefId} from "./briefId.ts";

/** All problems in editors' commentary, formatted file:line:column: message. */
export async function commentaryProblems(contentDir = CONTENT_DIR): Promise<string[]> {
  const inputs = await readCommentaryInputs(contentDir);
  const out: string[] = [];
  for (const c of inputs) {
    const quotes = citesByCode(c.text) ? await quotesOf(briefId(c.date, c.session)) : null;
    out.push(...checkCommentary(c.file, c.text, {facts: c.facts, chartIds: c.chartIds, quotes}).map(formatIssue));
  }
  return out;
}

/**
 * Fails the build when commentary cites a fact or chart that does not exist, naming file and
 * line; in dev it prints the same problems as warnings and keeps serving.
 */
export function commentaryCheck(): AstroIntegration {
  return {
    name: "market-brief:commentary-check",
    hooks: {
      "astro:build:start": async () => {
        const problems = await commentaryProblems();
        if (problems.length > 0) {
          throw new Error(`Editors' commentary cites things that do not exist:\n${problems.join("\n")}`);
        }
      },
      "astro:server:start": async ({logger}) => {
        for (const p of await commentaryProblems()) logger.warn(p);
      },
    },
  };
}
