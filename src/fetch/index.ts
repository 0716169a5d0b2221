/**
 * Fetching from the Tushare Pro API, the pure part: which requests one trading day needs, and
 * the API's answers ({code, msg, data: {fields, items}}) as the CSV exports the importer reads,
 * so that fetched data takes exactly the path of `npm run import -- --from tushare`. It never
 * talks to the network itself (src/io/tushareApi.ts does) and never reads the environment.
 */
export {tushareDownloads, type TushareDownload, type TushareRequest} from "./tushareCalls.ts";
export {readAnswer, tablesFile, type AnswerTable} from "./tushareAnswer.ts";
