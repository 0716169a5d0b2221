import {escape} from "html-escaper";

/**
 * An RSS item's <description>: feed readers render it as HTML, so the dek (which carries names
 * from data) goes in as escaped text; the XML escaping the feed library adds comes on top.
 */
export const feedDescription = (dek: string): string => escape(dek);
