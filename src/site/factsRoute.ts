import type {APIRoute, GetStaticPaths} from "astro";
import {allBriefs} from "./briefs.ts";
import {readFactsText} from "../io/briefFiles.ts";
import {CONTENT_DIR} from "./contentDir.ts";
import {ofSession, type RouteSession} from "./routes.ts";
import {briefFingerprint} from "./pageCacheKey.ts";

/**
 * /briefs/DATE/facts.json (the close) and /briefs/DATE/midday/facts.json: one file for both
 * editions, keyed for the incremental build by the brief's fingerprint (which hashes the facts).
 */
export const factsStaticPaths =
  (session: RouteSession): GetStaticPaths =>
  async () =>
    Promise.all(
      (await allBriefs()).filter(ofSession(session)).map(async (b) => ({params: {id: b.date}, cacheKey: await briefFingerprint(b)})),
    );

/** A brief's facts exactly as generated (docs/facts.md documents the fields). */
export const factsRoute =
  (session: RouteSession): APIRoute =>
  async ({params}) =>
    new Response(await readFactsText(CONTENT_DIR, params.id as string, session), {headers: {"content-type": "application/json"}});
