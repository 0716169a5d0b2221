import {editionFeedRoute} from "../site/feed.ts";

export const GET = editionFeedRoute("en");
