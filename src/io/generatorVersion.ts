import {readFileSync} from "node:fs";

/** "market-brief 0.1.0": recorded in every brief so a new generator regenerates old briefs. */
export function generatorVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {name: string; version: string};
  return `${pkg.name} ${pkg.version}`;
}
