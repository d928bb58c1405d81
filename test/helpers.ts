/** Shared test helpers: the mock backend in a service worker, mounting a section, and reaching into shadow roots. */
import { setupWorker } from 'msw/browser';
import { delay, http, HttpResponse } from 'msw';
import type { RequestHandler } from 'msw';
import { expect, fixture } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode, sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import '../src/define.js';
import type { ParleyComments } from '../src/components/comments/comments.js';
import { createRestHandlers, everyHandler, memoryStore } from '../demo/mock-backend.js';
import type { MockOptions, StoredComment } from '../demo/mock-backend.js';

export const worker = setupWorker();
let started: Promise<unknown> | null = null;

/** Starts the worker once per test file and replaces its handlers. */
export async function useHandlers(...handlers: RequestHandler[]): Promise<void> {
  started ??= worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
  await started;
  worker.resetHandlers(...handlers);
}

export const THREAD = '/t/one';
export const FIXED_NOW = new Date('2026-11-20T12:00:00Z');

let id = 0;
export function stored(fields: Partial<StoredComment> = {}): StoredComment {
  id++;
  return {
    id: `c${id}`,
    thread: THREAD,
    parentId: null,
    author: `Reader ${id}`,
    email: `reader${id}@example.com`,
    url: null,
    avatar: null,
    content: `Comment number ${id}`,
    createdAt: new Date(Date.UTC(2026, 10, 1, 9, id)).toISOString(),
    status: 'approved',
    ...fields,
  };
}

/** What a test may set of the mock REST backend: everything but where it answers and what it holds. */
type RestOptions = Omit<MockOptions, 'api' | 'store'>;

/**
 * A mock REST backend holding `comments`, its clock at `FIXED_NOW` unless `now` says otherwise; `first` answer before
 * its own handlers (a refusal, a failure, a slow answer). Returns the store so tests can see what was written.
 */
export async function useRestBackend(
  comments: StoredComment[] = [],
  { first = [], ...options }: RestOptions & { first?: RequestHandler[] } = {},
) {
  const store = memoryStore(comments);
  await useHandlers(
    ...first,
    ...everyHandler(createRestHandlers({ api: '/api', store, now: () => FIXED_NOW, ...options })),
  );
  return store;
}

/**
 * The mock REST backend, logging the body of every post it is sent; `faults` answer the first posts in its place (a
 * refusal, a failure). Returns the store and the bodies.
 */
export async function useLoggingBackend(
  comments: StoredComment[],
  { faults = [], ...options }: RestOptions & { faults?: Array<() => Response> } = {},
) {
  const store = memoryStore(comments);
  const bodies: Array<Record<string, unknown>> = [];
  const handlers = createRestHandlers({ api: '/api', store, now: () => FIXED_NOW, ...options });
  await useHandlers(
    http.post('/api/comments', async ({ request }) => {
      bodies.push((await request.clone().json()) as Record<string, unknown>);
      const fault = faults.shift();
      if (fault) return fault();
      return (await handlers.post.run({ request, requestId: crypto.randomUUID() }))!.response!;
    }),
    ...everyHandler(handlers),
  );
  return { store, bodies };
}

/** A mock REST backend listing `comments` whose posts never get an answer: the section stays "Posting…". */
export async function useStalledPosts(comments: StoredComment[]): Promise<void> {
  const stalled = http.post('/api/comments', async () => {
    await delay('infinite');
    return HttpResponse.json({});
  });
  await useRestBackend(comments, { first: [stalled] });
}

/**
 * How long `until` waits before it fails: far beyond what any state takes on a quiet machine, so that a busy one
 * (other builds and test runs on the same cores) only makes the test slower, and below the test's own time limit, so
 * that a test that fails names what it waited for.
 */
export const PATIENCE_MS = 10_000;

/** Waits until `test` is true (or resolves true), checking every 10 ms; fails with `what` after `PATIENCE_MS`. */
export async function until(test: () => unknown, what = 'the expected state'): Promise<void> {
  const end = performance.now() + PATIENCE_MS;
  while (!(await test())) {
    if (performance.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A node of the browser's accessibility tree, as the test runner reports it. */
export interface AxNode {
  role: string;
  name?: string;
  description?: string;
  level?: number;
  children?: AxNode[];
  [property: string]: unknown;
}

/**
 * The accessibility tree of the element `selector` names (else of the page), once it holds a node named `name`: the
 * browser updates its tree a moment after the page, later still on a busy machine.
 */
export async function accessibilityTreeShowing(name: string, selector?: string): Promise<AxNode> {
  let tree!: AxNode;
  await until(async () => {
    tree = (await a11ySnapshot(selector ? { selector } : {})) as unknown as AxNode;
    return findAccessibilityNode<AxNode>(tree as AxNode & { children: AxNode[] }, (node) => node.name === name);
  }, `"${name}" in the accessibility tree`);
  return tree;
}

/** Every element matching `selector` in `root` and in the open shadow roots below it. */
export function deepAll<T extends Element = HTMLElement>(root: Element | ShadowRoot | Document, selector: string): T[] {
  const found: T[] = [...root.querySelectorAll<T>(selector)];
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) found.push(...deepAll<T>(element.shadowRoot, selector));
  }
  return found;
}

export function deep<T extends Element = HTMLElement>(root: Element | ShadowRoot | Document, selector: string): T {
  const [first] = deepAll<T>(root, selector);
  if (!first) throw new Error(`No element matches ${selector}`);
  return first;
}

/** Properties every section mounted by `mountSection` gets (a test's posting clock, say). */
export const sectionDefaults: Partial<Pick<ParleyComments, 'policy'>> = {};

/** A section with `attributes`, eager unless told otherwise; resolves once its first page is shown. */
export async function mountSection(attributes: Record<string, string> = {}, wait = true): Promise<ParleyComments> {
  const element = await fixture<ParleyComments>(html`<parley-comments></parley-comments>`);
  element.remove();
  Object.assign(element, sectionDefaults);
  for (const [name, value] of Object.entries({
    api: '/api',
    thread: THREAD,
    loading: 'eager',
    lang: 'en',
    ...attributes,
  })) {
    element.setAttribute(name, value);
  }
  const loaded = new Promise((resolve) => element.addEventListener('parley-load', resolve, { once: true }));
  document.body.append(element);
  if (wait) {
    await loaded;
    // The form comes once the comments are drawn, with the reader's draft restored.
    await until(() => deepAll(element.shadowRoot!, 'parley-comment-form:defined').length, 'the form');
  }
  await settle(element);
  return element;
}

/** Waits for the section and every element inside it to finish drawing. */
export async function settle(section: Element): Promise<void> {
  type Updating = Element & { isUpdatePending?: boolean; updateComplete: Promise<unknown> };
  await (section as Updating).updateComplete;
  for (let round = 0; round < 16; round++) {
    const pending = deepAll<Updating>(section.shadowRoot!, '*').filter((element) => element.isUpdatePending);
    if (!pending.length) return;
    await Promise.all(pending.map((element) => element.updateComplete));
  }
}

/** Types into a field of the form as a reader would. */
export function type(field: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  field.focus();
  field.value = value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

/** Fills the main form with a valid comment by Rosa and submits it. */
export function submitComment(section: Element, content = 'A thoughtful comment.'): void {
  const root = section.shadowRoot!;
  type(deep<HTMLTextAreaElement>(root, '#content'), content);
  type(deep<HTMLInputElement>(root, '#author'), 'Rosa');
  type(deep<HTMLInputElement>(root, '#email'), 'rosa@example.com');
  deep(root, '[part=submit]').click();
}

/** The visible text of an element, with runs of white space folded. */
export const text = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The element that has focus, looking through shadow roots. */
export function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

// Test files share one origin (and one tab), so what a section stored (drafts, identity, queued posts) would leak between tests.
beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

/**
 * Tabs from just before `section` until focus leaves it, checking that each control it reaches shows a focus ring
 * of 2 px or more while focused; returns the controls' parts (or ids), in order.
 */
export async function walkFocusRings(section: Element): Promise<string[]> {
  const before = document.createElement('button');
  document.body.prepend(before);
  before.focus();
  const seen: string[] = [];
  try {
    for (let step = 0; step < 30; step++) {
      await sendKeys({ press: 'Tab' });
      const control = focused() as HTMLElement;
      if (!deepAll(section.shadowRoot!, '*').includes(control)) break;
      const style = getComputedStyle(control);
      const name = control.getAttribute('part') ?? control.id;
      seen.push(name);
      expect(style.outlineStyle, name).to.not.equal('none');
      expect(parseFloat(style.outlineWidth), name).to.be.at.least(2);
    }
  } finally {
    before.remove();
  }
  return seen;
}

/** `<parley-count>` elements in a list in the page's flow, one per set of attributes, with `lang` on the list. */
export function placeCounts(counts: Array<Record<string, string>>, lang = 'en'): HTMLElement[] {
  const list = document.createElement('ul');
  list.lang = lang;
  list.className = 'count-list';
  const elements = counts.map((attributes) => {
    const count = document.createElement('parley-count');
    for (const [name, value] of Object.entries(attributes)) count.setAttribute(name, value);
    const item = document.createElement('li');
    item.append(count);
    list.append(item);
    return count;
  });
  document.body.append(list);
  return elements;
}
