import type {Root, RootContent, PhrasingContent, Table, TableRow} from "mdast";
import type {MdxJsxFlowElement} from "mdast-util-mdx";
import type {Block, Brief, Inline, Section} from "../compose/types.ts";

/**
 * Brief → mdast. Every string from data ends up in a text node or an attribute value, never in
 * source text, so a stock named `<b>{x}</b>` is escaped by the serializer, not interpreted.
 */
export function toMdast(brief: Brief): Root {
  return {type: "root", children: brief.sections.flatMap((section) => sectionNodes(section, brief.date))};
}

function sectionNodes(section: Section, date: string): RootContent[] {
  const blocks = section.blocks.map((block) => blockNode(block, date));
  if (section.heading === null) return blocks;
  return [{type: "heading", depth: 2, children: [{type: "text", value: section.heading}]}, ...blocks];
}

function inlineNode(inline: Inline): PhrasingContent {
  switch (inline.type) {
    case "text":
      return {type: "text", value: inline.value};
    case "strong":
      return {type: "strong", children: [{type: "text", value: inline.value}]};
    case "emphasis":
      return {type: "emphasis", children: [{type: "text", value: inline.value}]};
  }
}

/** A JSX element with string attributes only: values are quoted by the serializer, never evaluated. */
export function jsxNode(name: string, attributes: Record<string, string>): MdxJsxFlowElement {
  return {
    type: "mdxJsxFlowElement",
    name,
    attributes: Object.entries(attributes).map(([key, value]) => ({type: "mdxJsxAttribute", name: key, value})),
    children: [],
  };
}

function tableNode(block: Extract<Block, {type: "table"}>): Table {
  const row = (cells: string[]): TableRow => ({
    type: "tableRow",
    children: cells.map((value) => ({type: "tableCell", children: [{type: "text", value}]})),
  });
  return {
    type: "table",
    align: block.columns.map((c) => c.align),
    children: [row(block.columns.map((c) => c.title)), ...block.rows.map(row)],
  };
}

function blockNode(block: Block, date: string): RootContent {
  switch (block.type) {
    case "paragraph":
      return {type: "paragraph", children: block.children.map(inlineNode)};
    case "subheading":
      return {type: "heading", depth: 3, children: [{type: "text", value: block.text}]};
    case "list":
      return {
        type: "list",
        ordered: false,
        spread: false,
        children: block.items.map((item) => ({
          type: "listItem",
          spread: false,
          children: [{type: "paragraph", children: item.map(inlineNode)}],
        })),
      };
    case "table":
      return tableNode(block);
    case "chart":
      return jsxNode("Chart", {id: block.id});
    case "commentary":
      return jsxNode("Commentary", {date});
  }
}
