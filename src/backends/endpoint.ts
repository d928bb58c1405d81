/** What every HTTP adapter does alike: addresses under the configured base, requests with its credentials and timeout, page cursors. */
import type { AdapterConfig } from './backend.js';
import { BackendError } from '../model/errors.js';
import { request } from './http.js';
import type { HttpResponse } from './http.js';

export class Endpoint {
  readonly #base: string;
  readonly #config: Pick<AdapterConfig, 'credentials' | 'timeout'>;

  constructor({ api, credentials, timeout }: AdapterConfig) {
    this.#base = api.replace(/\/+$/, '');
    this.#config = { credentials, timeout };
  }

  /** The address of `path` under the base, which may itself be relative to the page. */
  url(path: string): URL {
    return new URL(`${this.#base}${path}`, document.baseURI);
  }

  send(url: URL, init: RequestInit & { signal: AbortSignal }): Promise<HttpResponse> {
    return request(url, { ...init, ...this.#config });
  }
}

/** The page number a cursor stands for, for backends that page by number (the first page has no cursor). */
export function pageOf(cursor: string | undefined, backend: string): number {
  const page = cursor ? Number(cursor) : 1;
  if (!Number.isInteger(page) || page < 1) throw new BackendError('invalid', `"${cursor}" is not a page of ${backend} comments.`);
  return page;
}
