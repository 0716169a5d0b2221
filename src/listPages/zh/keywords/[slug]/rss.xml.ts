import type {GetStaticPaths} from "astro";
import {keywordFeedRoute} from "../../../../site/feed.ts";
import {keywordRoutes} from "../../../../site/routes.ts";

export const getStaticPaths: GetStaticPaths = () => keywordRoutes("zh-CN");

export const GET = keywordFeedRoute("zh-CN");
