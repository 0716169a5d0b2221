/**
 * The sample market: a seed (and a scale) in; the files of a realistic, entirely synthetic
 * data/ folder out — two and a half years of index history on the real SSE calendar, and
 * five weeks of full day snapshots of about 5,400 stocks carrying the two reference
 * articles' stories (storyA.ts, storyB.ts) — as path → bytes. It never writes files (the CLI
 * does), never reads the clock or Math.random, and the same seed always gives the same bytes.
 */
export {generateSample, DEFAULT_SEED, HISTORY_START, type SampleFiles, type SampleOptions} from "./generateSample.ts";
export {SAMPLE_DAYS} from "./dayPlan.ts";
