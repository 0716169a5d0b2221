import {readFacts} from "../io/commentaryFiles.ts";

const cache = new Map<string, Promise<unknown>>();

/** A day's facts JSON, read once per build. */
export function factsOf(date: string): Promise<unknown> {
  let facts = cache.get(date);
  if (!facts) {
    facts = readFacts("content", date);
    cache.set(date, facts);
  }
  return facts;
}
