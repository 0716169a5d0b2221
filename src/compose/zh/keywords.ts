import type {MarketFacts} from "../../analytics/types.ts";
import {keywords} from "../keywords.ts";

/** The Chinese brief's core keywords: the same ranking as the English, names as traded, 涨停 and A股. */
export const zhKeywords = (facts: MarketFacts): string[] => keywords(facts, {limitUp: "涨停", market: "A股"});
