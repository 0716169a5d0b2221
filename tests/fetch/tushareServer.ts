/**
 * A real HTTP server on 127.0.0.1 answering as Tushare Pro does ({code, msg, data: {fields,
 * items}}), from the import fixtures: the fetcher is tested against the wire, not a mock.
 */
import {readFileSync} from "node:fs";
import {createServer, type IncomingMessage, type ServerResponse} from "node:http";
import type {AddressInfo} from "node:net";
import {join} from "node:path";
import {parse} from "csv-parse/sync";
import {FIXTURES} from "../import/helpers.ts";

export interface ApiBody {
  api_name: string;
  token: string;
  params: Record<string, string>;
  fields: string;
}

/** What to do with the n-th request (0-based): answer this JSON (status 200 unless given), or drop the connection. */
export type Reply = {status?: number; json: unknown} | "drop";
export type Handler = (body: ApiBody, n: number) => Reply;

// Columns Tushare sends as strings; every other column is a number (or null when empty).
const TEXT = new Set([
  "ts_code", "trade_date", "symbol", "name", "area", "industry", "market", "list_date", "list_status", "delist_date",
  "enname", "exchange", "cal_date", "pretrade_date", "start_date", "end_date", "ann_date", "change_reason",
]);

const FILES: Record<string, string> = {
  daily: "daily.csv", stk_limit: "stk_limit.csv", index_daily: "index_daily.csv", stock_basic: "stock_basic.csv",
  namechange: "namechange.csv", trade_cal: "trade_cal.csv",
};

/** A fixture CSV as the API's fields and items, filtered by the request's params as the API would. */
export function fixtureTable(body: ApiBody): {fields: string[]; items: unknown[][]} {
  const file = FILES[body.api_name];
  if (!file) throw new Error(`no fixture for ${body.api_name}`);
  const [fields = [], ...rows] = parse(readFileSync(join(FIXTURES, file)), {relax_column_count: false}) as string[][];
  const col = (name: string) => fields.indexOf(name);
  const keep = (row: string[]) =>
    ["ts_code", "trade_date"].every((p) => body.params[p] === undefined || row[col(p)] === body.params[p]) &&
    // The fixture lists only listed stocks.
    (body.api_name !== "stock_basic" || body.params.list_status === "L");
  const items = rows.filter(keep).map((row) =>
    row.map((v, i) => (v === "" ? null : TEXT.has(fields[i] as string) ? v : Number(v))),
  );
  return {fields, items};
}

export const ok = (table: {fields: string[]; items: unknown[][]; has_more?: boolean}): Reply => ({json: {request_id: "t", code: 0, msg: "", data: table}});

export interface TestServer {
  url: string;
  requests: ApiBody[];
  close(): Promise<void>;
}

export async function startServer(handler: Handler = (body) => ok(fixtureTable(body))): Promise<TestServer> {
  const requests: ApiBody[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let text = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => (text += chunk));
    req.on("end", () => {
      const body = JSON.parse(text) as ApiBody;
      const reply = handler(body, requests.length);
      requests.push(body);
      if (reply === "drop") {
        req.socket.destroy();
        return;
      }
      res.writeHead(reply.status ?? 200, {"content-type": "application/json"});
      res.end(JSON.stringify(reply.json));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const {port} = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
