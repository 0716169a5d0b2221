import {factsRoute, factsStaticPaths} from "../../../site/factsRoute.ts";

export const getStaticPaths = factsStaticPaths("close");
export const GET = factsRoute("close");
