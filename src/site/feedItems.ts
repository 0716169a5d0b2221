/**
 * Items a feed carries: subscribers get the edition's newest 20 briefs in full (a keyword feed's
 * older items carry headline, summary and link: see feed.ts).
 */
export const FEED_ITEMS = 20;
