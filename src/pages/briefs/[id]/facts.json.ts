import type {APIRoute, GetStaticPaths} from "astro";
import {allBriefs} from "../../../site/briefs.ts";
import {readFactsText} from "../../../io/briefFiles.ts";
import {CONTENT_DIR} from "../../../site/contentDir.ts";

export const getStaticPaths: GetStaticPaths = async () => (await allBriefs()).map((b) => ({params: {id: b.id}}));

/** The day's facts exactly as generated (docs/facts.md documents the fields). */
export const GET: APIRoute = async ({params}) =>
  new Response(await readFactsText(CONTENT_DIR, params.id as string), {headers: {"content-type": "application/json"}});
