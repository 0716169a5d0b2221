import type {APIRoute, GetStaticPaths} from "astro";
import {allBriefs} from "./briefs.ts";
import {parseBriefId} from "./briefId.ts";
import {readFactsText} from "../io/briefFiles.ts";
import {CONTENT_DIR} from "./contentDir.ts";
import type {RouteSession} from "./routes.ts";

/** /briefs/DATE/facts.json (the close) and /briefs/DATE/midday/facts.json: one file for both editions. */
export const factsStaticPaths =
  (session: RouteSession): GetStaticPaths =>
  async () =>
    (await allBriefs()).filter((b) => parseBriefId(b.id).session === session).map((b) => ({params: {id: b.date}}));

/** A brief's facts exactly as generated (docs/facts.md documents the fields). */
export const factsRoute =
  (session: RouteSession): APIRoute =>
  async ({params}) =>
    new Response(await readFactsText(CONTENT_DIR, params.id as string, session), {headers: {"content-type": "application/json"}});
