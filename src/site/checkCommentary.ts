import matter from "gray-matter";
import {fromMarkdown} from "mdast-util-from-markdown";
import {mdxjs} from "micromark-extension-mdxjs";
import {mdxFromMarkdown, type MdxJsxFlowElement, type MdxJsxTextElement} from "mdast-util-mdx";
import type {Issue} from "../snapshot/issue.ts";
import {lookupFact} from "./factPath.ts";

/** Components an editor may use in commentary, and the attribute each requires. */
const COMPONENTS: Record<string, string> = {Chart: "id", Figure: "of", Stock: "code"};

export interface CommentaryDay {
  /** The day's facts (parsed facts JSON), or null when the day has no brief. */
  facts: unknown;
  chartIds: string[];
  /** Every sector and stock of the day, for `sectors[CODE]` / `stocks[CODE]` paths (site/dayQuotes.ts); null when not read. */
  quotes?: {sectors: unknown[]; stocks: unknown[]} | null;
}

type JsxNode = MdxJsxFlowElement | MdxJsxTextElement;

function* jsxNodes(node: unknown): Generator<JsxNode> {
  const n = node as {type?: string; children?: unknown[]};
  if (n.type === "mdxJsxFlowElement" || n.type === "mdxJsxTextElement") yield n as JsxNode;
  for (const child of n.children ?? []) yield* jsxNodes(child);
}

interface CodeNode {
  type: string;
  position?: {start: {line: number; column: number}};
}

function* codeNodes(node: unknown): Generator<CodeNode> {
  const n = node as {type?: string; children?: unknown[]};
  if (n.type === "mdxjsEsm" || n.type === "mdxFlowExpression" || n.type === "mdxTextExpression") yield n as CodeNode;
  for (const child of n.children ?? []) yield* codeNodes(child);
}

/**
 * Checks one commentary file against its day: every <Figure of>, <Chart id> and <Stock code>
 * must name something that exists, so a typo fails the build with the file and line rather
 * than printing a wrong number. `file` is the path shown in messages.
 */
export function checkCommentary(file: string, text: string, day: CommentaryDay): Issue[] {
  const issues: Issue[] = [];
  const at = (line: number, column: number, message: string) => issues.push({file, row: line, column, message});
  const parsed = matter(text);
  // Lines taken by the front matter, so positions in the body map back to the file.
  const offset = text.slice(0, text.length - parsed.content.length).split("\n").length - 1;
  if (day.facts === null) at(1, 1, "there is no brief for this date (commentary needs a snapshot of the same day in data/)");
  let tree;
  try {
    tree = fromMarkdown(parsed.content, {extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()]});
  } catch (error) {
    const e = error as {line?: number; column?: number; reason?: string; message: string};
    at((e.line ?? 1) + offset, e.column ?? 1, `not valid MDX: ${e.reason ?? e.message}`);
    return issues;
  }
  // import/export and {expressions} would run code at build time: commentary is text and components.
  for (const node of codeNodes(tree)) {
    const what = node.type === "mdxjsEsm" ? "import/export" : "a {…} expression";
    at((node.position?.start.line ?? 1) + offset, node.position?.start.column ?? 1, `${what} is not allowed in commentary (write a literal { as \\{)`);
  }
  for (const node of jsxNodes(tree)) {
    const line = (node.position?.start.line ?? 1) + offset;
    const column = node.position?.start.column ?? 1;
    const name = node.name ?? "";
    const required = COMPONENTS[name];
    if (required === undefined) {
      at(line, column, `<${name || "fragment"}> is not a component commentary can use (use ${Object.keys(COMPONENTS).map((c) => `<${c}>`).join(", ")})`);
      continue;
    }
    const attr = node.attributes.find((a) => a.type === "mdxJsxAttribute" && a.name === required);
    const value = attr?.type === "mdxJsxAttribute" ? attr.value : undefined;
    if (typeof value !== "string") {
      at(line, column, `<${name}> needs ${required}="…" as a plain string`);
      continue;
    }
    if (name === "Chart" && !day.chartIds.includes(value)) {
      at(line, column, `<Chart id="${value}"> names no chart of this day (charts: ${day.chartIds.join(", ") || "none"})`);
    }
    if (name === "Figure" && day.facts !== null) {
      const found = lookupFact(day.facts, value, day.quotes);
      if (!found.ok) at(line, column, `<Figure of="${value}">: ${found.message}`);
    }
    if (name === "Stock" && !/^\d{6}\.(SH|SZ|BJ)$/.test(value)) {
      at(line, column, `<Stock code="${value}"> is not a stock code (expected e.g. 002125.SZ)`);
    }
  }
  return issues;
}
