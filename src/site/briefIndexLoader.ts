import type {Loader} from "astro/loaders";
import {readdir, readFile} from "node:fs/promises";
import {join, relative, resolve} from "node:path";
import {fileURLToPath} from "node:url";
import matter from "gray-matter";
import {briefIdOfFile} from "./briefId.ts";

const BRIEF_FILE = /^\d{4}-\d{2}-\d{2}(\.midday)?\.mdx$/;

/**
 * Every brief of a folder by its front matter alone: what lists, pagers and feeds' headlines
 * show. The MDX of a brief is compiled only by the build that renders it (the briefs
 * collections, limited to a part's months), so a list of ten years of briefs costs a read of
 * their front matter, not ten years of compiled modules. Ids and digests are those the glob
 * loader gives the same file.
 */
export function briefIndexLoader(base: string): Loader {
  return {
    name: "market-brief:brief-index",
    load: async ({store, parseData, generateDigest, config, watcher}) => {
      const root = fileURLToPath(config.root);
      const dir = resolve(root, base);
      const sync = async () => {
        const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => BRIEF_FILE.test(n)).sort();
        const ids = new Set<string>();
        for (const name of names) {
          const path = join(dir, name);
          const text = await readFile(path, "utf8");
          const id = briefIdOfFile(name);
          ids.add(id);
          const digest = generateDigest(text);
          if (store.get(id)?.digest === digest) continue;
          // Options given, so gray-matter does not keep every file it parsed in its cache.
          const data = await parseData({id, data: matter(text, {}).data as Record<string, unknown>, filePath: path});
          store.set({id, data, digest, filePath: relative(root, path)});
        }
        for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      };
      await sync();
      // In dev, a brief written by `npm run brief` shows up in the lists without a restart.
      watcher?.add(dir);
      watcher?.on("all", (_event, path) => {
        if (resolve(path).startsWith(dir) && BRIEF_FILE.test(path.split(/[\\/]/).pop() ?? "")) void sync();
      });
    },
  };
}
