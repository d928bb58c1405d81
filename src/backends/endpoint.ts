/** What every HTTP adapter does alike: addresses under the configured base, requests with its credentials and timeout. */
import type { AdapterConfig } from './backend.js';
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
