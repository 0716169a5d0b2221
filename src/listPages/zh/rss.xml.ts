import {editionFeedRoute} from "../../site/feed.ts";

export const GET = editionFeedRoute("zh-CN");
