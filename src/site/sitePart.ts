/**
 * Which part of the site one `astro build` makes. A long archive is built in parts (see
 * buildSite.ts): each part holds the briefs of some months (their MDX, pages, data pages, facts
 * and charts), and one part, the head, also makes every page that lists briefs (front page,
 * archive, keywords, feeds, search, 404). Lists read every brief's front matter (the briefIndex
 * collections), never its MDX, so a part compiles only its own briefs' MDX: the build's memory
 * and time follow the part's size, not the archive's.
 *
 * MARKET_BRIEF_PART (set by buildSite.ts, JSON) names the part; unset, the build is the whole
 * site, as a plain `astro build` (and `astro dev`) makes it.
 */
export interface SitePart {
  /** The part's name (a folder name: "2025", "head"). */
  name: string;
  /** "YYYY-MM" of the months whose briefs this build renders. */
  months: string[];
  /** Whether this build makes the pages that list briefs (the head). */
  lists: boolean;
  /** A file of the other parts' pages' URLs, one a line, for the sitemap the head writes. */
  sitemapFile?: string;
  /** Where the build writes the chart cache names its pages use (buildSite prunes the cache once, after every part). */
  chartsUsedFile?: string;
}

export const SITE_PART_ENV = "MARKET_BRIEF_PART";

function readPart(text: string | undefined): SitePart | null {
  if (!text) return null;
  const part = JSON.parse(text) as SitePart;
  if (!Array.isArray(part.months) || typeof part.lists !== "boolean") throw new Error(`${SITE_PART_ENV} is not a site part: ${text}`);
  return part;
}

/** This build's part, or null for the whole site. */
export const SITE_PART: SitePart | null = readPart(process.env[SITE_PART_ENV]);

const months = SITE_PART ? new Set(SITE_PART.months) : null;

/** Whether this build renders the brief of a date ("YYYY-MM-DD…"): every brief in a whole-site build. */
export const rendersDate = (date: string): boolean => months === null || months.has(date.slice(0, 7));

/** Whether this build makes the pages that list briefs. */
export const makesLists = (): boolean => SITE_PART === null || SITE_PART.lists;

/** Glob patterns of the brief MDX files this build compiles: every brief's, or its months' (both sessions). */
export const briefPatterns = (): string | string[] => (months === null ? "*.mdx" : [...months].sort().map((m) => `${m}-[0-9][0-9]*.mdx`));
