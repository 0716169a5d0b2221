import type {GetStaticPaths} from "astro";
import {keywordFeedRoute} from "../../../site/feed.ts";
import {keywordRoutes} from "../../../site/routes.ts";

export const getStaticPaths: GetStaticPaths = () => keywordRoutes("en");

export const GET = keywordFeedRoute("en");
