import {readFileSync} from "node:fs";
import type {InlineCode, Paragraph, PhrasingContent, Root, Table} from "mdast";
import {fromMarkdown} from "mdast-util-from-markdown";
import {gfmTableFromMarkdown} from "mdast-util-gfm-table";
import {toString} from "mdast-util-to-string";
import {gfmTable} from "micromark-extension-gfm-table";
import {describe, expect, it} from "vitest";
import {factsSchema, type SchemaNode} from "./factsSchema.ts";

/**
 * docs/facts.md documents facts.json field by field, and "fields change only with this
 * document". This test keeps the two in step, by field name:
 *
 * - A code span names fields when it holds a bare name (`sealRate`), a dotted path (each part:
 *   `excluded.stLimitUp`, `.stBroken`) or an object shape (its keys: `{days, boards: n (…)}`).
 *   Any other code span (`LimitStock[]`, `close ÷ prevClose − 1`) names nothing.
 * - The doc documents a name when a code span in a table row, or in a bold type list (a
 *   paragraph opening `**`LimitStock`**:`), names it.
 * - The doc claims a field where it says "this is a field": in the column headed `field` or
 *   `fields` of any table, at the top level of a bold type list (outside parentheses, where
 *   values and remarks go), and in every object shape in tables and type lists.
 *
 * Then every property name at every level of the schema of MarketFacts must be documented,
 * and every claimed field must be a property name somewhere in that schema. The match is by
 * name, not path: a name the doc explains once (`code`, `pctChange`) counts for every object
 * that has it, so a new field only fails this test when its name is new to the doc.
 */

/** Every property name in the schema, at every level (definitions, nested objects, story kinds). */
function schemaFieldNames(node: SchemaNode, into = new Set<string>()): Set<string> {
  for (const [name, child] of Object.entries(node.properties ?? {})) {
    into.add(name);
    schemaFieldNames(child, into);
  }
  const children = [
    ...Object.values(node.definitions ?? {}),
    ...(node.anyOf ?? []),
    ...(node.items ? [node.items] : []),
    ...(typeof node.additionalProperties === "object" ? [node.additionalProperties] : []),
  ];
  for (const child of children) schemaFieldNames(child, into);
  return into;
}

const NAME = /^[A-Za-z_$][\w$]*/;

/** Splits at commas outside brackets and parentheses. */
function topLevelParts(text: string): string[] {
  const parts = [""];
  let depth = 0;
  for (const ch of text) {
    if ("({[".includes(ch)) depth += 1;
    if (")}]".includes(ch)) depth -= 1;
    if (ch === "," && depth === 0) parts.push("");
    else parts[parts.length - 1] += ch;
  }
  return parts;
}

/** The keys of an object shape `{a, b: T, c (remark)}`, nested shapes' keys included. */
function shapeKeys(code: string): string[] {
  return topLevelParts(code.slice(1, -1)).flatMap((part) => {
    const key = NAME.exec(part.trim())?.[0];
    const rest = part.slice(part.indexOf(":") + 1).trim();
    return [...(key ? [key] : []), ...(part.includes(":") && rest.startsWith("{") && rest.endsWith("}") ? shapeKeys(rest) : [])];
  });
}

type Naming = {names: string[]; shape: boolean};

/** What a code span names, by the rule above. */
function namedBy(code: string): Naming {
  const text = code.trim();
  if (/^\{.*\}$/s.test(text)) return {names: shapeKeys(text), shape: true};
  if (/^\.?[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/.test(text)) return {names: text.split(".").filter(Boolean), shape: false};
  return {names: [], shape: false};
}

const codeSpans = (nodes: PhrasingContent[] | Table["children"]): InlineCode[] =>
  (nodes as {type: string; value?: string; children?: PhrasingContent[]}[]).flatMap((n) =>
    n.type === "inlineCode" ? [n as InlineCode] : n.children ? codeSpans(n.children) : [],
  );

/** A paragraph opening with a bold code span and a colon: `**`LimitStock`**: `code`, …`. */
const isTypeList = (p: Paragraph) => {
  const [first, second] = p.children;
  return first?.type === "strong" && first.children[0]?.type === "inlineCode" && second?.type === "text" && second.value.startsWith(":");
};

/** The names a doc documents, and the fields it claims (each with where it was claimed). */
function docFieldNames(markdown: string): {documented: Set<string>; claimed: {name: string; where: string}[]} {
  const tree: Root = fromMarkdown(markdown, {extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()]});
  const documented = new Set<string>();
  const claimed: {name: string; where: string}[] = [];
  const claim = (names: string[], where: string) => claimed.push(...names.map((name) => ({name, where})));

  for (const block of tree.children) {
    if (block.type === "table") {
      const [header, ...rows] = block.children;
      const fieldColumn = (header?.children ?? []).findIndex((cell) => ["field", "fields"].includes(toString(cell).trim()));
      for (const row of rows) {
        const where = `table row "${toString(row.children[0]).slice(0, 40)}"`;
        row.children.forEach((cell, column) => {
          for (const span of codeSpans(cell.children)) {
            const {names, shape} = namedBy(span.value);
            for (const name of names) documented.add(name);
            if (column === fieldColumn || shape) claim(names, where);
          }
        });
      }
    }
    if (block.type === "paragraph" && isTypeList(block)) {
      const [title, ...rest] = block.children;
      const where = `type list ${toString(title)}`;
      let depth = 0;
      for (const node of rest) {
        if (node.type === "text") depth += [...node.value].filter((c) => c === "(").length - [...node.value].filter((c) => c === ")").length;
        for (const span of codeSpans([node])) {
          const {names, shape} = namedBy(span.value);
          for (const name of names) documented.add(name);
          if (depth === 0 || shape) claim(names, where);
        }
      }
    }
  }
  return {documented, claimed};
}

const schemaNames = schemaFieldNames(factsSchema());
const doc = docFieldNames(readFileSync("docs/facts.md", "utf8"));

describe("docs/facts.md against the MarketFacts types", () => {
  it("documents every field the types declare, at every level", () => {
    expect([...schemaNames].filter((name) => !doc.documented.has(name)).sort()).toEqual([]);
  });

  it("claims no field the types do not have", () => {
    expect(doc.claimed.filter(({name}) => !schemaNames.has(name)).map(({name, where}) => `${name} (${where})`)).toEqual([]);
  });
});

describe("the doc check itself", () => {
  const markdown = [
    "| field | meaning |",
    "| --- | --- |",
    "| `limits.sealRate` | a ratio |",
    "| `touched` | `{up, down: n (remark)}`; `not.a field` |",
    "",
    "**`LimitStock`**: `code`, `isSt` (`rule` or `vendor`), `{onePrice}`",
  ].join("\n");
  const {documented, claimed} = docFieldNames(markdown);

  it("reads names from a field column, dotted paths, shapes and type lists", () => {
    expect([...documented].sort()).toEqual(["code", "down", "isSt", "limits", "onePrice", "rule", "sealRate", "touched", "up", "vendor"]);
  });

  it("claims the field column, shapes and a type list's top-level names, not values in parentheses", () => {
    expect(claimed.map((c) => c.name)).toEqual(["limits", "sealRate", "touched", "up", "down", "code", "isSt", "onePrice"]);
  });

  it("finds a field of the types that no row documents", () => {
    const names = schemaFieldNames({properties: {limits: {properties: {sealRate: {}, mood: {}}}}});
    expect([...names].filter((n) => !documented.has(n))).toEqual(["mood"]);
  });
});
