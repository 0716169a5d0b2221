/**
 * Where the site reads briefs and commentary: content/ unless MARKET_BRIEF_CONTENT names
 * another folder (tests build sites from scratch folders this way; so can a second edition).
 */
export const CONTENT_DIR = process.env.MARKET_BRIEF_CONTENT ?? "content";
