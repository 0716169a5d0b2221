import type {AstroIntegration} from "astro";
import {readdirSync} from "node:fs";
import {join, relative} from "node:path";
import {fileURLToPath} from "node:url";
import {makesLists} from "./sitePart.ts";

/** Where the pages that list briefs live: routed like src/pages/ (same folders, same file names). */
export const LIST_PAGES_DIR = "src/listPages";

/** Every file below a folder, as paths relative to it, sorted. */
function filesBelow(dir: string): string[] {
  return readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split("\\").join("/"))
    .sort();
}

/** The route pattern of a page file, as Astro's file router makes it: "keywords/[slug]/index.astro" → "/keywords/[slug]". */
export function routePattern(file: string): string {
  const path = file.replace(/\.(astro|ts)$/, "").replace(/(^|\/)index$/, "");
  return `/${path}`;
}

/**
 * The pages that list briefs (front page, archive, keywords and their feeds, the edition feeds,
 * search, 404) are routes of the whole site and of the head part, not of the other parts of a
 * site built in parts (sitePart.ts): Astro has no way to leave a page out of one build, so
 * they live outside src/pages/ and are added here where the build makes them.
 */
export function listPagesIntegration(): AstroIntegration {
  return {
    name: "market-brief:list-pages",
    hooks: {
      "astro:config:setup": ({config, injectRoute}) => {
        if (!makesLists()) return;
        const root = fileURLToPath(config.root);
        for (const file of filesBelow(join(root, LIST_PAGES_DIR))) {
          injectRoute({pattern: routePattern(file), entrypoint: `./${LIST_PAGES_DIR}/${file}`});
        }
      },
    },
  };
}
