import {computeFacts, factsToJson} from "../analytics/index.ts";
import {composeBrief} from "../compose/index.ts";
import {toMdx} from "../mdx/index.ts";
import type {Effects} from "../io/index.ts";
import {readProvenance, writeBriefFiles, type BriefSession, type Edition} from "../io/briefFiles.ts";
import {snapshotFolder} from "../io/listSnapshotDates.ts";
import type {Issue} from "../snapshot/issue.ts";

/**
 * A snapshot to brief: the date's folder data/DATE/ (the close, or a midday snapshot when its
 * meta.json says so), or `midday: true` for data/midday/DATE/, kept beside the close.
 */
export interface SnapshotRef {
  date: string;
  midday: boolean;
}

/** How a snapshot is named in messages: "2025-06-24", "2025-06-25 midday". */
export const snapshotLabel = (s: SnapshotRef): string => (s.midday ? `${s.date} midday` : s.date);

export type DayOutcome =
  | {status: "written" | "up-to-date"; date: string; label: string; warnings: Issue[]}
  | {status: "invalid"; date: string; label: string; issues: Issue[]; warnings: Issue[]};

export interface DayOptions {
  dataDir: string;
  contentDir: string;
  generator: string;
  force: boolean;
  /** Reading and caching, for the whole run. */
  effects: Effects;
  /** Dates that have data/midday/DATE/: a midday snapshot in data/DATE/ then has a rival. */
  middays?: readonly string[];
}

/**
 * One snapshot through the whole pipeline: snapshot → facts → brief → MDX, written atomically
 * under the names of its session (DATE.mdx for the close, DATE.midday.mdx for midday), so the
 * close of a date never overwrites its midday brief. A brief whose recorded input hash and
 * generator match is left alone unless forced. Nothing is written when the snapshot has errors.
 */
export async function generateDay(date: string, options: DayOptions, midday = false): Promise<DayOutcome> {
  const label = snapshotLabel({date, midday});
  const inputHash = await options.effects.snapshotHash(options.dataDir, date, midday);
  if (!options.force) {
    // data/DATE/ may hold either session; its hash names the folder, so only its own brief matches.
    const sessions: BriefSession[] = midday ? ["midday"] : ["close", "midday"];
    for (const session of sessions) {
      const existing = await readProvenance(options.contentDir, date, session);
      if (existing !== null && existing.inputHash === inputHash && existing.generator === options.generator) {
        return {status: "up-to-date", date, label, warnings: []};
      }
    }
  }
  const loaded = await options.effects.loadDay(options.dataDir, date, midday);
  if (!loaded.ok) return {status: "invalid", date, label, issues: loaded.issues, warnings: loaded.warnings};
  const session = loaded.value.snapshot.meta.session;
  const clash = sessionClash(date, midday, session, options.middays ?? []);
  if (clash) return {status: "invalid", date, label, issues: [clash], warnings: loaded.warnings};
  const {facts, warnings} = computeFacts(loaded.value, {sessionLimits: options.effects.sessionLimits});
  const edition = (lang: Edition) => {
    const brief = composeBrief(facts, lang);
    return {charts: `${JSON.stringify(brief.charts, null, 2)}\n`, mdx: toMdx(brief, {generator: options.generator, inputHash})};
  };
  await writeBriefFiles(
    options.contentDir,
    date,
    {facts: factsToJson(facts), editions: {en: edition("en"), "zh-CN": edition("zh-CN")}},
    session,
  );
  return {status: "written", date, label, warnings: [...loaded.warnings, ...warnings]};
}

/** A snapshot in the wrong place for its session, or a second midday snapshot of a date. */
function sessionClash(date: string, midday: boolean, session: BriefSession, middays: readonly string[]): Issue | null {
  const at = (folder: string, message: string): Issue => ({file: `${folder}/meta.json`, row: 1, column: 1, message});
  if (midday && session !== "midday") {
    return at(snapshotFolder(date, true), `session "${session}" in the midday folder: expected "midday" (the close of ${date} goes in ${date}/)`);
  }
  if (!midday && session === "midday" && middays.includes(date)) {
    return at(date, `a midday snapshot, and so is ${snapshotFolder(date, true)}/: keep one (the close of ${date} goes in ${date}/)`);
  }
  return null;
}
