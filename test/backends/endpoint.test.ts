/** Endpoint: where an adapter's requests go, and the credentials and timeout the site owner set going with them. */
import { expect } from '@open-wc/testing';
import { Endpoint } from '../../src/backends/endpoint.js';
import { BackendError } from '../../src/model/errors.js';

/** Stands in for `fetch` while `run` runs, answering with `answer` and keeping what each request asked. */
async function withFetch<T>(
  answer: (init: RequestInit) => Promise<Response>,
  run: (asked: RequestInit[]) => Promise<T>,
): Promise<T> {
  const original = window.fetch;
  const asked: RequestInit[] = [];
  window.fetch = (_input, init = {}) => {
    asked.push(init);
    return answer(init);
  };
  try {
    return await run(asked);
  } finally {
    window.fetch = original;
  }
}

const json = () => Promise.resolve(Response.json({ ok: true }));

/** A server that never answers: the request ends only when its signal is aborted. */
const never = (init: RequestInit) =>
  new Promise<Response>((_resolve, reject) => {
    init.signal?.addEventListener('abort', () => reject(init.signal!.reason));
  });

const signal = () => new AbortController().signal;

describe('Endpoint', () => {
  it('puts paths under the api without doubling slashes', () => {
    const endpoint = new Endpoint({ api: 'https://comments.example.org/v1///', credentials: 'omit' });
    expect(endpoint.url('/comments').href).to.equal('https://comments.example.org/v1/comments');
    expect(
      new Endpoint({ api: 'https://comments.example.org/v1', credentials: 'omit' }).url('/comments').href,
    ).to.equal('https://comments.example.org/v1/comments');
  });

  it('resolves an api relative to the page', () => {
    expect(new Endpoint({ api: '/api/', credentials: 'omit' }).url('/comments').href).to.equal(
      `${location.origin}/api/comments`,
    );
    const base = document.createElement('base');
    base.href = 'https://blog.example.org/posts/2026/';
    document.head.prepend(base);
    try {
      expect(new Endpoint({ api: 'api', credentials: 'omit' }).url('/comments').href).to.equal(
        'https://blog.example.org/posts/2026/api/comments',
      );
      expect(new Endpoint({ api: '../api', credentials: 'omit' }).url('/comments').href).to.equal(
        'https://blog.example.org/posts/api/comments',
      );
    } finally {
      base.remove();
    }
  });

  it('sends with the credentials the site owner chose, whatever the adapter passes', async () => {
    const endpoint = new Endpoint({ api: '/api', credentials: 'include' });
    const asked = await withFetch(json, async (asked) => {
      const answer = await endpoint.send(endpoint.url('/comments'), {
        signal: signal(),
        credentials: 'omit',
      });
      expect(answer.body).to.deep.equal({ ok: true });
      return asked;
    });
    expect(asked.map((init) => init.credentials)).to.deep.equal(['include']);
  });

  it('gives up after the configured timeout, as a timeout the reader can retry', async () => {
    const endpoint = new Endpoint({ api: '/api', credentials: 'omit', timeout: 50 });
    const started = performance.now();
    const error = await withFetch(never, () =>
      endpoint.send(endpoint.url('/comments'), { signal: signal() }).then(
        () => null,
        (reason: unknown) => reason,
      ),
    );
    expect(error).to.be.instanceOf(BackendError);
    expect((error as BackendError).kind).to.equal('timeout');
    expect((error as BackendError).retryable).to.equal(true);
    expect(performance.now() - started).to.be.below(5000);
  });

  it('does not give up early without a timeout set, and ends as an abort, not a failure, when the section aborts', async () => {
    const endpoint = new Endpoint({ api: '/api', credentials: 'omit' });
    const caller = new AbortController();
    const outcome = await withFetch(never, async () => {
      const sent = endpoint.send(endpoint.url('/comments'), { signal: caller.signal }).then(
        () => 'answered',
        (reason: unknown) => (reason instanceof BackendError ? reason.kind : 'aborted'),
      );
      const early = await Promise.race([sent, new Promise((resolve) => setTimeout(() => resolve('waiting'), 300))]);
      caller.abort();
      return [early, await sent];
    });
    expect(outcome).to.deep.equal(['waiting', 'aborted']);
  });
});
