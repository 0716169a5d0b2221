import type {ComposeContext} from "../context.ts";
import type {Section} from "../types.ts";

/**
 * Where the editor's commentary appears. The generator never reads or writes commentary: it
 * only marks the place; the site fills it from content/commentary/DATE.mdx when that exists,
 * heading included, and shows nothing otherwise.
 */
export function commentary(_ctx: ComposeContext): Section {
  return {id: "commentary", heading: null, blocks: [{type: "commentary"}]};
}
