import type {BriefSession} from "../io/briefFiles.ts";

/**
 * A brief's id on the site, which is also its path under /briefs/: "2025-06-24" for the close
 * of a date, "2025-06-25/midday" for its midday brief (/briefs/2025-06-25/midday/), so the two
 * sessions of a date are two pages, two feed items and two GUIDs.
 */
export const briefId = (date: string, session: BriefSession = "close"): string => (session === "midday" ? `${date}/midday` : date);

/** The date and session an id names; the content layer's ids of DATE.midday.mdx files come out the same way. */
export function parseBriefId(id: string): {date: string; session: BriefSession} {
  const date = id.slice(0, "YYYY-MM-DD".length);
  return {date, session: id.endsWith("/midday") ? "midday" : "close"};
}

/**
 * The id of a content file: "2025-06-25.midday.mdx" → "2025-06-25/midday", "2025-06-24.zh.mdx"
 * → "2025-06-24" (the edition is the collection, not the id).
 */
export const briefIdOfFile = (entry: string): string => {
  const name = entry.split("/").pop() ?? entry;
  return briefId(name.slice(0, "YYYY-MM-DD".length), /^\d{4}-\d{2}-\d{2}\.midday\./.test(name) ? "midday" : "close");
};

/** Brief ids ("2025-06-24", "2025-06-25/midday") an editor's text names: a commentary may show another day's chart or figure. */
export const ID_IN_TEXT = /\b\d{4}-\d{2}-\d{2}(?:\/midday)?/g;
