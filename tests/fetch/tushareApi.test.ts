import {afterEach, describe, expect, it} from "vitest";
import {callTushare, type TushareApi} from "../../src/io/tushareApi.ts";
import {ok, startServer, type TestServer} from "./tushareServer.ts";

let server: TestServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

const request = {api_name: "trade_cal", params: {exchange: "SSE"}, fields: "cal_date,is_open"};
const api = (url: string, retries: string[] = []): TushareApi => ({
  url, token: "t", tries: 3, retryBaseMs: 1, timeoutMs: 2000, onRetry: (m) => retries.push(m),
});

describe("callTushare(api, request)", () => {
  it("tries again on HTTP 429 with a doubling delay", async () => {
    server = await startServer((_, n) => (n < 2 ? {status: 429, json: {}} : ok({fields: ["cal_date", "is_open"], items: [["20250624", 1]]})));
    const retries: string[] = [];
    const result = await callTushare(api(server.url, retries), request);
    expect(result).toEqual({ok: true, table: {fields: ["cal_date", "is_open"], items: [["20250624", 1]], hasMore: false}});
    // 1 ms, then 2 ms.
    expect(retries).toEqual([
      "trade_cal: HTTP 429; trying again in 1 ms (attempt 2 of 3)",
      "trade_cal: HTTP 429; trying again in 2 ms (attempt 3 of 3)",
    ]);
  });

  it("does not retry an API error such as the rate limit's 40203", async () => {
    server = await startServer(() => ({json: {code: 40203, msg: "rate limit"}}));
    const result = await callTushare(api(server.url), request);
    expect(result).toEqual({ok: false, message: "trade_cal: Tushare Pro answered code 40203: rate limit"});
    expect(server.requests.length).toBe(1);
  });

  it("names the system error when nothing listens", async () => {
    server = await startServer();
    const url = server.url;
    await server.close();
    server = null;
    const result = await callTushare(api(url), request);
    expect(result).toEqual({ok: false, message: expect.stringMatching(/^trade_cal: Tushare Pro could not be reached after 3 tries \(last: ECONNREFUSED/)});
  });

  it("sends the documented body: api_name, token, params, fields", async () => {
    server = await startServer(() => ok({fields: [], items: []}));
    await callTushare(api(server.url), request);
    expect(server.requests).toEqual([{api_name: "trade_cal", token: "t", params: {exchange: "SSE"}, fields: "cal_date,is_open"}]);
  });
});
