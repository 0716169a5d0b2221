/**
 * mdx: Brief → MDX text. Takes the composed Brief and the provenance (generator version, input
 * hash); returns the file's text, front matter first. It builds an mdast tree and lets the
 * mdast serializers escape everything, so names from data can never become JSX, HTML or
 * broken MDX. Pure: no I/O, same brief in, same bytes out.
 */
export {toMdx, frontMatter, type BriefProvenance} from "./toMdx.ts";
export {toMdast} from "./toMdast.ts";
