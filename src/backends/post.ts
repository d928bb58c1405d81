/** Sending a comment: a POST that never follows a redirect. Loaded with the code for posting, not with the first page. */
import { BackendError } from '../model/errors.js';
import type { Endpoint } from './endpoint.js';
import type { HttpResponse } from './http.js';

export const REDIRECTED_MESSAGE =
  'The comments server sent this comment on to another address, which Parley does not follow: it was not posted.';

/**
 * POSTs to `url` under `endpoint`'s settings and reads the answer (see `request`). A redirect is refused, not followed: for a 307 or 308 the
 * browser would send the same body, the reader's email included, to wherever the answer points.
 */
export async function post(endpoint: Endpoint, url: URL, init: RequestInit & { signal: AbortSignal }): Promise<HttpResponse> {
  const response = await endpoint.send(url, { ...init, method: 'POST', redirect: 'manual' });
  // A redirect answers a `manual` request as an opaque response, whose status reads 0.
  if (response.status === 0) throw new BackendError('rejected', REDIRECTED_MESSAGE);
  return response;
}

/** Where the keys of the comments sent from this browser are kept, and for how long. */
const SENT_KEYS = 'parley:sent';
const SENT_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;
const SENT_MAX = 50;

/** The keys sent so far: kept in memory too, for when storage is full or forbidden. */
const sentInMemory = new Map<string, number>();

function storedSent(): Array<[string, number]> {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(SENT_KEYS) ?? '[]');
    return Array.isArray(stored)
      ? stored.filter((entry): entry is [string, number] => Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'number')
      : [];
  } catch {
    return [];
  }
}

/**
 * Notes that the comment with this `Idempotency-Key` is being sent, and says whether it was sent before: by an
 * earlier attempt of this page, or of a page since reloaded (posting keeps a comment's key until it is
 * delivered). Backends that take no key use it to tell their duplicate check catching our own earlier, lost
 * attempt from a reader posting the same text twice. Only keys and times are kept, nothing the reader wrote.
 */
export function sendingAgain(key: string, now = Date.now()): boolean {
  const sent = new Map([...storedSent(), ...sentInMemory].filter(([, at]) => now - at < SENT_MAX_AGE_MS && at <= now));
  const again = sent.delete(key);
  sent.set(key, now);
  const kept = [...sent].slice(-SENT_MAX);
  sentInMemory.clear();
  for (const [sentKey, at] of kept) sentInMemory.set(sentKey, at);
  try {
    localStorage.setItem(SENT_KEYS, JSON.stringify(kept));
  } catch {
    // Storage full or forbidden: this page still remembers.
  }
  return again;
}
