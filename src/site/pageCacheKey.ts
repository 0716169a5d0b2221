import {createHash} from "node:crypto";
import {readBriefFileBytes} from "../io/briefFiles.ts";
import type {BriefView} from "./briefs.ts";
import {CONTENT_DIR} from "./contentDir.ts";
import {citesByCode, quotesOf} from "./dayQuotes.ts";
import type {Lang} from "./lang.ts";
import {chartHash} from "./renderChart.ts";
import {ID_IN_TEXT} from "./briefId.ts";

/**
 * Cache keys for Astro's incremental build (experimental.incrementalBuild): a page whose key,
 * route code and rendered content entries are unchanged is copied from the previous build
 * instead of rendered. Astro tracks the code and the MDX a page renders, not what the page
 * reads besides: its props (neighbours in the pager, the twin edition), the charts and facts
 * it reads from the content folder through fs, the day's quotes, the site URL. A key therefore
 * hashes everything a page shows from outside its code, generously: a stale page is a worse
 * bug than a slow build.
 */

const sha256 = (data: string | Uint8Array): string => createHash("sha256").update(data).digest("hex");

/** A page's cache key: the hash of what it shows that Astro does not track itself. */
export const pageCacheKey = (parts: unknown): string => sha256(JSON.stringify(parts));

/**
 * The site URL (canonical links, feeds), the MDX compiler and its options (astro.config.mjs
 * defines MARKET_BRIEF_MDX_COMPILER) and the chart renderer (a chart's SVG is cached by the
 * hash of its spec and the renderer's versions: chartHash of nothing changes with the renderer).
 */
const SITE_PARTS = [import.meta.env.SITE ?? null, chartHash(null), import.meta.env.MARKET_BRIEF_MDX_COMPILER ?? null];


const days = new Map<string, Promise<string>>();

/** The hash of a brief file of a date, or null when there is none (hashed as read, never decoded). */
const fileDigest = (date: string, kind: "facts" | "charts", lang: Lang, session: "close" | "midday") =>
  readBriefFileBytes(CONTENT_DIR, date, kind, lang, session).then((bytes) => (bytes === null ? null : sha256(bytes)));

/** The hash of a date's charts in an edition (both sessions: a page reads the date's charts) and its facts (both sessions). */
function dayDigest(date: string, lang: Lang): Promise<string> {
  const key = `${lang}/${date}`;
  let digest = days.get(key);
  if (!digest) {
    digest = Promise.all([factsDigest(date), fileDigest(date, "charts", lang, "close"), fileDigest(date, "charts", lang, "midday")]).then(pageCacheKey);
    days.set(key, digest);
  }
  return digest;
}

const facts = new Map<string, Promise<string>>();

/** The hash of a date's facts, both sessions (one file per session, shared by the editions). */
function factsDigest(date: string): Promise<string> {
  let digest = facts.get(date);
  if (!digest) {
    digest = Promise.all([fileDigest(date, "facts", "en", "close"), fileDigest(date, "facts", "en", "midday")]).then(pageCacheKey);
    facts.set(date, digest);
  }
  return digest;
}

const fingerprints = new Map<string, Promise<string>>();

/**
 * Everything a brief's rendered article depends on outside the page's code: the brief's file
 * (front matter and body, by the content layer's digest), its commentary, the charts and facts
 * of its date and of every date the commentary names, the quotes its commentary cites by code,
 * the site URL and the chart renderer. Shared by the brief's page, its data page, its facts
 * and the feeds that carry it; one read of each file per build.
 */
export function briefFingerprint(brief: BriefView): Promise<string> {
  const key = `${brief.lang}/${brief.id}`;
  let fingerprint = fingerprints.get(key);
  if (!fingerprint) {
    fingerprint = (async () => {
      const commentary = brief.commentary;
      const text = commentary?.body ?? "";
      const ids = [...new Set([brief.id, ...(text.match(ID_IN_TEXT) ?? [])])].sort();
      const dates = [...new Set(ids.map((id) => id.slice(0, 10)))];
      const quotes = commentary && citesByCode(text) ? await Promise.all(ids.map(async (id) => sha256(JSON.stringify(await quotesOf(id))))) : null;
      return pageCacheKey({
        site: SITE_PARTS,
        id: brief.id,
        lang: brief.lang,
        entry: brief.entry.digest ?? null,
        commentary: commentary ? (commentary.digest ?? sha256(text)) : null,
        days: await Promise.all(dates.map((d) => dayDigest(d, brief.lang))),
        quotes,
      });
    })();
    fingerprints.set(key, fingerprint);
  }
  return fingerprint;
}

/** What a link to a brief shows (pager, lists, feeds): its address, day, session, headline and dek. */
export const briefLink = (brief: BriefView | null) =>
  brief && {
    id: brief.id,
    lang: brief.lang,
    date: brief.date,
    session: brief.session,
    title: brief.title,
    dek: brief.dek,
    keywords: brief.keywords,
    published: brief.published.toISOString(),
    updated: brief.updated.toISOString(),
    entry: brief.entry.digest ?? null,
    commentary: brief.commentary ? (brief.commentary.digest ?? null) : null,
  };
