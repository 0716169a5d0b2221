import {describe, expect, it} from "vitest";
import matter from "gray-matter";
import {fromMarkdown} from "mdast-util-from-markdown";
import {mdxjs} from "micromark-extension-mdxjs";
import {mdxFromMarkdown} from "mdast-util-mdx";
import {gfmTable} from "micromark-extension-gfm-table";
import {gfmTableFromMarkdown} from "mdast-util-gfm-table";
import {toString} from "mdast-util-to-string";
import {toMdx} from "../../src/mdx/index.ts";
import type {Brief} from "../../src/compose/types.ts";

const HOSTILE = "<b>{x}</b> & *co* </svg> ]]> `tick` \"q\" 'a' _u_ [l](u) # 😀 \u202Eevil 中文 \\ | ~";

function brief(text: string): Brief {
  return {
    date: "2025-06-24",
    session: "close",
    title: text,
    dek: text,
    keywords: [text],
    source: text,
    charts: [],
    sections: [
      {id: "lede", heading: null, blocks: [{type: "paragraph", children: [{type: "text", value: text}]}]},
      {
        id: "x",
        heading: text,
        blocks: [
          {type: "list", items: [[{type: "strong", value: text}]]},
          {type: "table", caption: "t", columns: [{title: text, align: "left"}], rows: [[text]]},
          {type: "chart", id: "2025-06-24-breadth"},
          {type: "commentary"},
        ],
      },
    ],
  };
}

/** Parse the way MDX does (micromark's mdxjs + GFM tables), without evaluating anything. */
function parse(mdx: string) {
  const {content, data} = matter(mdx);
  const tree = fromMarkdown(content, {
    extensions: [mdxjs(), gfmTable()],
    mdastExtensions: [mdxFromMarkdown(), gfmTableFromMarkdown()],
  });
  return {tree, data};
}

function collect(node: {type: string; children?: unknown[]}, type: string, out: {type: string}[] = []) {
  if (node.type === type) out.push(node);
  for (const child of (node.children ?? []) as {type: string}[]) collect(child, type, out);
  return out;
}

describe("toMdx(brief)", () => {
  it("keeps names from data literal: no JSX, HTML or markup comes out of them", () => {
    const {tree, data} = parse(toMdx(brief(HOSTILE), {generator: "g", inputHash: "0".repeat(64)}));
    const jsx = [...collect(tree, "mdxJsxFlowElement"), ...collect(tree, "mdxJsxTextElement")] as unknown as {name: string}[];
    expect(jsx.map((j) => j.name)).toEqual(["Chart", "Commentary"]);
    expect(collect(tree, "mdxFlowExpression")).toEqual([]);
    expect(collect(tree, "mdxTextExpression")).toEqual([]);
    expect(collect(tree, "html")).toEqual([]);
    const paragraphs = collect(tree, "paragraph").map((p) => toString(p));
    expect(paragraphs[0]).toBe(HOSTILE);
    expect(toString(collect(tree, "heading")[0] as never)).toBe(HOSTILE);
    expect(toString(collect(tree, "strong")[0] as never)).toBe(HOSTILE);
    expect(toString(collect(tree, "tableCell")[1] as never)).toBe(HOSTILE);
    expect(data.title).toBe(HOSTILE);
    expect(data.keywords).toEqual([HOSTILE]);
  });

  it("passes a chart id as a quoted attribute value", () => {
    const mdx = toMdx(brief("plain"), {generator: "g", inputHash: "0".repeat(64)});
    expect(mdx).toContain('<Chart id="2025-06-24-breadth" />');
    expect(mdx).toContain('<Commentary date="2025-06-24" />');
  });

  it("gives the same bytes for the same brief", () => {
    const a = toMdx(brief(HOSTILE), {generator: "g", inputHash: "1".repeat(64)});
    const b = toMdx(brief(HOSTILE), {generator: "g", inputHash: "1".repeat(64)});
    expect(a).toBe(b);
  });
});
