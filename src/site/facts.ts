import {readFacts} from "../io/commentaryFiles.ts";
import {parseBriefId} from "./briefId.ts";
import {CONTENT_DIR} from "./contentDir.ts";

const cache = new Map<string, Promise<unknown>>();

/** A brief's facts JSON by the brief's id ("2025-06-24", "2025-06-25/midday"), read once per build. */
export function factsOf(id: string): Promise<unknown> {
  let facts = cache.get(id);
  if (!facts) {
    const {date, session} = parseBriefId(id);
    facts = readFacts(CONTENT_DIR, date, session);
    cache.set(id, facts);
  }
  return facts;
}
