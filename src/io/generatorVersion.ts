import {createHash} from "node:crypto";
import {readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";

/** The stages whose code decides a brief's bytes. */
const PIPELINE = ["snapshot", "analytics", "compose", "mdx"];

/**
 * "market-brief 0.1.0 (3f9c2a7d41b0)": the package version plus a hash of the pipeline's source,
 * recorded in every brief. A brief made by other code is stale, so a change to the wording or
 * the analytics regenerates every day on the next build, without bumping the version by hand.
 */
export function generatorVersion(): string {
  const root = new URL("../../", import.meta.url).pathname;
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {name: string; version: string};
  const hash = createHash("sha256");
  for (const stage of PIPELINE) {
    const dir = join(root, "src", stage);
    const files = readdirSync(dir, {recursive: true, encoding: "utf8"}).filter((f) => f.endsWith(".ts")).sort();
    for (const file of files) hash.update(`${stage}/${file}\0`).update(readFileSync(join(dir, file))).update("\0");
  }
  return `${pkg.name} ${pkg.version} (${hash.digest("hex").slice(0, 12)})`;
}
