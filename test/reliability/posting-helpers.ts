/** Helpers for the reliability suites: a scripted REST backend, the reader's form, and a controllable posting clock. */
import { http, HttpResponse } from 'msw';
import type { HttpResponseResolver } from 'msw';
import { deep, deepAll, settle, text, type, useHandlers } from '../helpers.js';
import type { ParleyComments } from '../../src/components/comments/comments.js';
import { createRestHandlers, memoryStore } from '../../demo/mock-backend.js';
import type { StoredComment } from '../../demo/mock-backend.js';
import type { RetryPolicy } from '../../src/posting/retry-policy.js';
import { FIXED_NOW, sectionDefaults } from '../helpers.js';

export interface PostLog {
  /** The Idempotency-Key of every POST that reached the backend, in order. */
  keys: string[];
  /** What each POST carried. */
  bodies: Array<Record<string, unknown>>;
}

/**
 * The mock REST backend, with `faults` answering the first POSTs instead of it (one fault per POST;
 * a fault may return undefined to let the real backend answer). Returns the store and a log of POSTs.
 */
export async function useFaultyBackend(
  comments: StoredComment[] = [],
  faults: Array<(request: Request, forward: () => Promise<Response>) => Response | Promise<Response>> = [],
) {
  const store = memoryStore(comments);
  const { list, post } = createRestHandlers({ api: '/api', store, now: () => FIXED_NOW });
  const log: PostLog = { keys: [], bodies: [] };
  let posts = 0;
  const forward = async (request: Request): Promise<Response> => {
    const result = await post.run({ request: request.clone(), requestId: crypto.randomUUID() });
    return result!.response!;
  };
  const resolver: HttpResponseResolver = async ({ request }) => {
    log.keys.push(request.headers.get('Idempotency-Key') ?? '');
    log.bodies.push((await request.clone().json()) as Record<string, unknown>);
    const fault = faults[posts++];
    return fault ? fault(request, () => forward(request)) : forward(request);
  };
  await useHandlers(list, http.post('/api/comments', resolver));
  return { store, log };
}

export const serverError = () => HttpResponse.json({ error: 'Down for maintenance' }, { status: 503 });
export const networkError = () => HttpResponse.error();

export const recordedWaits: number[] = [];
let releaseWait: (() => void) | null = null;
let holdWaits = false;
let onlineNow = true;

/**
 * A fixed posting clock for the sections mounted from now on: waits are recorded and pass at once unless held;
 * the connection is what the test says.
 */
export function controlPosting(): void {
  recordedWaits.length = 0;
  releaseWait = null;
  holdWaits = false;
  onlineNow = true;
  sectionDefaults.policy = testPolicy;
}

const testPolicy: Partial<RetryPolicy> = {
  now: () => FIXED_NOW.getTime(),
  random: () => 0.5,
  online: () => onlineNow,
  wait: (ms, signal) => {
    recordedWaits.push(ms);
    if (!holdWaits) return Promise.resolve();
    return new Promise((resolve, reject) => {
      releaseWait = () => resolve();
      signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    });
  },
};

export function restorePosting(): void {
  delete sectionDefaults.policy;
}

/** Gives up the section's requests after `ms` from now on. */
export function setTimeoutOf(section: ParleyComments, ms: number): void {
  section.policy = { ...section.policy, timeout: ms };
}

/** From now on each wait lasts until `releaseHeldWait()`. */
export function holdNextWaits(): void {
  holdWaits = true;
}

export function releaseHeldWait(): void {
  holdWaits = false;
  releaseWait?.();
}

/** Switches the connection the posting code sees; going online fires the browser's `online` event. */
export function setOnline(online: boolean): void {
  onlineNow = online;
  window.dispatchEvent(new Event(online ? 'online' : 'offline'));
}

/** The form the reader is looking at (the reply form when one is open). */
export const form = (section: Element) => deepAll(section.shadowRoot!, 'parley-comment-form').at(-1)!;
export const field = <T extends HTMLInputElement | HTMLTextAreaElement = HTMLInputElement>(
  section: Element,
  name: string,
) => deep<T>(form(section).shadowRoot!, `[name="${name}"]`);
export const contentBox = (section: Element) => field<HTMLTextAreaElement>(section, 'content');
export const formStatus = (section: Element) => {
  const status = form(section).shadowRoot!.querySelector('[part="status"]');
  return status ? text(status) : '';
};
export const submitButton = (section: Element) => deep<HTMLButtonElement>(form(section).shadowRoot!, '[part="submit"]');

/** Fills every field as a reader would. */
export async function fillForm(
  section: Element,
  values: { content: string; author?: string; email?: string; url?: string },
): Promise<void> {
  type(contentBox(section), values.content);
  type(field(section, 'author'), values.author ?? 'Ada');
  type(field(section, 'email'), values.email ?? 'ada@example.com');
  type(field(section, 'url'), values.url ?? '');
  await settle(section);
}

export async function submit(section: Element): Promise<void> {
  submitButton(section).click();
  await settle(section);
}

/** The texts of the comments drawn in the list. */
export const shownBodies = (section: Element) => deepAll(section.shadowRoot!, '[part="body"]').map(text);
