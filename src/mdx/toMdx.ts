import matter from "gray-matter";
import {toMarkdown} from "mdast-util-to-markdown";
import {mdxToMarkdown} from "mdast-util-mdx";
import {gfmToMarkdown} from "mdast-util-gfm";
import type {Brief} from "../compose/types.ts";
import {toMdast} from "./toMdast.ts";

/** What `npm run build` compares to decide whether a brief is stale. */
export interface BriefProvenance {
  generator: string;
  inputHash: string;
}

/** The brief's front matter, keys in a fixed order so files are byte-stable. */
export function frontMatter(brief: Brief, provenance: BriefProvenance): Record<string, unknown> {
  return {
    title: brief.title,
    dek: brief.dek,
    date: brief.date,
    session: brief.session,
    keywords: brief.keywords,
    source: brief.source,
    generator: provenance.generator,
    inputHash: provenance.inputHash,
    charts: brief.charts.map((c) => c.id),
  };
}

/** Brief → MDX file text: YAML front matter, then the body serialized from mdast. */
export function toMdx(brief: Brief, provenance: BriefProvenance): string {
  const body = toMarkdown(toMdast(brief), {
    extensions: [mdxToMarkdown(), gfmToMarkdown()],
    bullet: "-",
    rule: "-",
  });
  return matter.stringify(body, frontMatter(brief, provenance));
}
