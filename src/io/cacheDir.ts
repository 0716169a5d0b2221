import {join} from "node:path";

/**
 * The one folder our caches live in: under node_modules/.cache (the conventional place, wiped
 * with node_modules), one subfolder per kind; MARKET_BRIEF_CACHE names another folder (tests use
 * a scratch folder, so that they neither read nor prune the real cache).
 */
export const CACHE_ROOT = process.env.MARKET_BRIEF_CACHE ?? join(process.cwd(), "node_modules", ".cache", "market-brief");

export const cacheFolder = (kind: "parsed" | "charts", root: string = CACHE_ROOT): string => join(root, kind);
