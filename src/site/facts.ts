import {readFacts} from "../io/commentaryFiles.ts";
import {CONTENT_DIR} from "./contentDir.ts";

const cache = new Map<string, Promise<unknown>>();

/** A day's facts JSON, read once per build. */
export function factsOf(date: string): Promise<unknown> {
  let facts = cache.get(date);
  if (!facts) {
    facts = readFacts(CONTENT_DIR, date);
    cache.set(date, facts);
  }
  return facts;
}
