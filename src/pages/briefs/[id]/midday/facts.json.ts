import {factsRoute, factsStaticPaths} from "../../../../site/factsRoute.ts";

export const getStaticPaths = factsStaticPaths("midday");
export const GET = factsRoute("midday");
