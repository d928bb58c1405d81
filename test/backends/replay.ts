/** Replays recorded answers of a real backend through msw, and notes any request that was never recorded. */
import { http, HttpResponse } from 'msw';
import type { NewComment } from '../../src/model/comment.js';

export interface Exchange {
  request: { method: string; path: string; query: Record<string, string>; body?: unknown };
  input?: NewComment;
  response: { status: number; headers: Record<string, string>; body: string };
}

export interface Recording {
  backend: string;
  thread: string;
  closedThread?: string;
  exchanges: Record<string, Exchange>;
}

/** Requests that matched no recording: a test that leaves any behind sent something the real server never saw. */
export const unmatched: string[] = [];

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, sortKeys(v)]),
    );
  }
  return value;
}

function matches(exchange: Exchange, request: Request, url: URL, base: string, body: unknown): boolean {
  const { method, path, query } = exchange.request;
  if (request.method !== method || url.pathname !== new URL(base + path, location.href).pathname) return false;
  const sent = Object.fromEntries(url.searchParams);
  if (!sameJson(sent, query)) return false;
  return exchange.request.body === undefined || sameJson(body, exchange.request.body);
}

/** Handlers answering requests under `base` with the named recorded exchanges, matched by method, path, query and body. */
export function replay(recording: Recording, base: string, names: string[]) {
  const exchanges = names.map((name) => {
    const exchange = recording.exchanges[name];
    if (!exchange) throw new Error(`No recording "${name}" for ${recording.backend}`);
    return exchange;
  });
  return [
    http.all(`${base}/*`, async ({ request }) => {
      const url = new URL(request.url);
      const text = request.method === 'GET' ? '' : await request.text();
      const body: unknown = text ? JSON.parse(text) : undefined;
      const found = exchanges.find((exchange) => matches(exchange, request, url, base, body));
      if (!found) {
        unmatched.push(`${request.method} ${url.pathname}${url.search} ${text}`);
        return HttpResponse.text('No recorded answer for this request', { status: 501 });
      }
      return new HttpResponse(found.response.body, { status: found.response.status, headers: found.response.headers });
    }),
  ];
}

/** The recorded input of a create exchange. */
export function inputOf(recording: Recording, name: string): NewComment {
  const input = recording.exchanges[name]?.input;
  if (!input) throw new Error(`Recording "${name}" of ${recording.backend} has no input`);
  return input;
}
