/**
 * Calls the Tushare Pro HTTP API: POST {api_name, token, params, fields} as JSON, answer
 * {code, msg, data}. Transient failures (a refused or dropped connection, a timeout, HTTP 5xx
 * or 429) are tried again after base × 2^(n−1) ms, up to `tries` in all; an answer with a
 * non-zero code (a bad token, a rate limit, no permission) is final and never retried. A table
 * the API cuts short (has_more) is asked for again from the next offset. Never prints the token.
 */
import {readAnswer, type AnswerTable} from "../fetch/tushareAnswer.ts";
import type {TushareRequest} from "../fetch/tushareCalls.ts";

export interface TushareApi {
  url: string;
  token: string;
  /** Attempts per request, at least 1. */
  tries: number;
  /** The first retry's delay; each next one doubles. */
  retryBaseMs: number;
  timeoutMs: number;
  /** Told of each retry (the CLI prints it). */
  onRetry?: (message: string) => void;
}

export type ApiResult = {ok: true; table: AnswerTable} | {ok: false; message: string};

const MAX_PAGES = 100;

/** Every row of one request's table, across pages. */
export async function callTushare(api: TushareApi, request: TushareRequest): Promise<ApiResult> {
  const tables: AnswerTable[] = [];
  let offset = 0;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const params = page === 0 ? request.params : {...request.params, offset: String(offset)};
    const result = await withRetries(api, {...request, params});
    if (!result.ok) return result;
    tables.push(result.table);
    offset += result.table.items.length;
    if (!result.table.hasMore || result.table.items.length === 0) break;
  }
  const first = tables[0] as AnswerTable;
  return {ok: true, table: {fields: first.fields, items: tables.flatMap((t) => t.items), hasMore: false}};
}

type Attempt = ApiResult | {ok: false; transient: string};

async function withRetries(api: TushareApi, request: TushareRequest): Promise<ApiResult> {
  let last = "";
  for (let attempt = 1; attempt <= Math.max(1, api.tries); attempt += 1) {
    const result = await once(api, request);
    if (result.ok || !("transient" in result)) return result;
    last = result.transient;
    if (attempt < api.tries) {
      const delay = api.retryBaseMs * 2 ** (attempt - 1);
      api.onRetry?.(`${request.api_name}: ${last}; trying again in ${delay} ms (attempt ${attempt + 1} of ${api.tries})`);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
  return {ok: false, message: `${request.api_name}: Tushare Pro could not be reached after ${api.tries} tries (last: ${last})`};
}

async function once(api: TushareApi, request: TushareRequest): Promise<Attempt> {
  let status: number;
  let text: string;
  try {
    const response = await fetch(api.url, {
      method: "POST",
      headers: {"content-type": "application/json"},
      body: JSON.stringify({api_name: request.api_name, token: api.token, params: request.params, fields: request.fields}),
      signal: AbortSignal.timeout(api.timeoutMs),
    });
    status = response.status;
    text = await response.text();
  } catch (error) {
    return {ok: false, transient: describe(error, api.timeoutMs)};
  }
  if (status === 429 || status >= 500) return {ok: false, transient: `HTTP ${status}`};
  if (status !== 200) return {ok: false, message: `${request.api_name}: Tushare Pro answered HTTP ${status}: ${text.slice(0, 200)}`};
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return {ok: false, message: `${request.api_name}: the answer is not JSON: ${text.slice(0, 200)}`};
  }
  return readAnswer(request.api_name, body);
}

/** What went wrong on the wire, in the words of the system call where there is one: "ECONNRESET: socket hang up". */
function describe(error: unknown, timeoutMs: number): string {
  const e = error as {name?: string; message?: string; cause?: {code?: string; message?: string}};
  if (e.name === "TimeoutError" || e.name === "AbortError") return `no answer within ${timeoutMs} ms`;
  const cause = e.cause;
  if (cause?.code || cause?.message) return [cause.code, cause.message].filter(Boolean).join(": ");
  return e.message ?? String(error);
}
