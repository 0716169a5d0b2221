import {computeFacts, factsToJson} from "../analytics/index.ts";
import {composeBrief} from "../compose/index.ts";
import {toMdx} from "../mdx/index.ts";
import type {Effects} from "../io/index.ts";
import {readProvenance, writeBriefFiles, type Edition} from "../io/briefFiles.ts";
import type {Issue} from "../snapshot/issue.ts";

export type DayOutcome =
  | {status: "written" | "up-to-date"; date: string; warnings: Issue[]}
  | {status: "invalid"; date: string; issues: Issue[]; warnings: Issue[]};

export interface DayOptions {
  dataDir: string;
  contentDir: string;
  generator: string;
  force: boolean;
  /** Reading and caching, for the whole run. */
  effects: Effects;
}

/**
 * One day through the whole pipeline: snapshot → facts → brief → MDX, written atomically.
 * A brief whose recorded input hash and generator match is left alone unless forced.
 * Nothing is written when the snapshot has errors.
 */
export async function generateDay(date: string, options: DayOptions): Promise<DayOutcome> {
  const inputHash = await options.effects.snapshotHash(options.dataDir, date);
  if (!options.force) {
    const existing = await readProvenance(options.contentDir, date);
    if (existing !== null && existing.inputHash === inputHash && existing.generator === options.generator) {
      return {status: "up-to-date", date, warnings: []};
    }
  }
  const loaded = await options.effects.loadDay(options.dataDir, date);
  if (!loaded.ok) return {status: "invalid", date, issues: loaded.issues, warnings: loaded.warnings};
  const {facts, warnings} = computeFacts(loaded.value, {sessionLimits: options.effects.sessionLimits});
  const edition = (lang: Edition) => {
    const brief = composeBrief(facts, lang);
    return {charts: `${JSON.stringify(brief.charts, null, 2)}\n`, mdx: toMdx(brief, {generator: options.generator, inputHash})};
  };
  await writeBriefFiles(options.contentDir, date, {
    facts: factsToJson(facts),
    editions: {en: edition("en"), "zh-CN": edition("zh-CN")},
  });
  return {status: "written", date, warnings: [...loaded.warnings, ...warnings]};
}
