/**
 * `<parley-count>`: how many comments a thread has, as a link to them ("12 comments"), for article lists. A count
 * costs nothing until it nears the viewport; the counts that near it together are asked for together, in one request
 * per backend where the backend counts several threads at once (`count`).
 */
import type { AdapterConfig, CommentBackend } from '../../backends/backend.js';
import { Endpoint } from '../../backends/endpoint.js';
import { ParleyErrorEvent } from '../../events.js';
import { en } from '../../i18n/en.js';
import { isEnglish, usableLang } from '../../i18n/lang.js';
import { Ui } from '../../i18n/ui.js';
import { ElementBase } from '../element-base.js';

/** How far below the viewport a count is asked for. */
const LAZY_MARGIN = '200px';

interface Waiting {
  thread: string;
  shown(count: number): void;
  failed(error: unknown): void;
}

interface Batch extends AdapterConfig {
  adapter: string;
  waiting: Waiting[];
}

/** Counts asked for in this task, by backend: sent together once the task is over. */
const batches = new Map<string, Batch>();

type Counter = (
  endpoint: Endpoint,
  threads: readonly string[],
  options: { signal: AbortSignal },
) => Promise<Record<string, number>>;

/**
 * The built-in adapters' counts, each a small chunk of its own: a page of counts loads neither the adapter nor its
 * posting code. Any other adapter name is looked up among `adapters` (a site's own backend) and counted through it.
 */
const counters: Record<string, () => Promise<{ countThreads: Counter }>> = {
  rest: () => import('../../backends/rest-count.js'),
  wordpress: () => import('../../backends/wordpress-count.js'),
  waline: () => import('../../backends/waline-count.js'),
};

/** The number of comments of each thread, from `count` when the backend has it, else one `list` per thread. */
async function countThreads(backend: CommentBackend, threads: string[], signal: AbortSignal) {
  if (backend.count) return backend.count(threads, { signal });
  const totals = threads.map(async (thread) => {
    const page = await backend.list({ thread, limit: 1, order: 'oldest' }, { signal });
    return [thread, page.total] as const;
  });
  return Object.fromEntries(await Promise.all(totals)) as Record<string, number>;
}

async function send({ adapter, waiting, ...config }: Batch): Promise<void> {
  try {
    const threads = [...new Set(waiting.map(({ thread }) => thread))];
    const { signal } = new AbortController();
    const counter = Object.hasOwn(counters, adapter) ? counters[adapter] : undefined;
    const counts = counter
      ? await (await counter()).countThreads(new Endpoint(config), threads, { signal })
      : await countThreads(
          await (await import('../../backends/registry.js')).createBackend(adapter, config),
          threads,
          signal,
        );
    for (const { thread, shown } of waiting) shown(counts[thread]);
  } catch (error) {
    for (const { failed } of waiting) failed(error);
  }
}

function ask(batch: Omit<Batch, 'waiting'>, waiting: Waiting): void {
  const key = JSON.stringify([batch.adapter, batch.api, batch.credentials]);
  let pending = batches.get(key);
  if (!pending) {
    batches.set(key, (pending = { ...batch, waiting: [] }));
    setTimeout(() => {
      batches.delete(key);
      void send(pending!);
    });
  }
  pending.waiting.push(waiting);
}

/**
 * The number of comments of one thread, as a link to them.
 *
 * @customElement parley-count
 * @attr api - Base URL of the backend, as on `<parley-comments>`.
 * @attr adapter - Which adapter speaks to `api`: `rest` (the default), `wordpress`, `waline`, or one the page registered.
 * @attr thread - Key of the discussion counted; defaults to the page's path.
 * @attr post-id - The post's id, for the `wordpress` adapter.
 * @attr href - The address of the page with the comments; the link goes to its `#comments`.
 * @attr credentials - Fetch credentials mode for the request: `omit` (the default), `same-origin`, `include`.
 * @attr lang - Language of the words; defaults to the nearest `lang` in the page.
 * @fires {ParleyErrorEvent} parley-error - The count could not be loaded: `{ error, phase: 'load' }`; the element then shows nothing.
 * @csspart link - The link to the comments: `href` followed by `#comments`.
 * @csspart count - The words: "12 comments", "1 comment", "No comments yet".
 */
export class ParleyCount extends ElementBase {
  #observer?: IntersectionObserver;
  #asked = false;

  connectedCallback(): void {
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    if (this.#asked) return;
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.#observer!.disconnect();
        this.#asked = true;
        void this.#load(root);
      },
      { rootMargin: LAZY_MARGIN },
    );
    this.#observer.observe(this);
  }

  /** Not asked for yet: it is not, unless it comes back. */
  disconnectedCallback(): void {
    this.#observer?.disconnect();
  }

  async #load(root: ShadowRoot): Promise<void> {
    const attribute = (name: string) => this.getAttribute(name) ?? '';
    const lang = usableLang(attribute('lang') || this.closest('[lang]')?.getAttribute('lang') || '');
    const table = isEnglish(lang)
      ? {}
      : await import('../../i18n/locales.js').then(
          ({ tableFor }) => tableFor(lang),
          () => ({}),
        );
    const ui = new Ui(lang, table, en);
    ask(
      {
        adapter: attribute('adapter') || 'rest',
        api: attribute('api'),
        credentials: (attribute('credentials') || 'omit') as RequestCredentials,
      },
      {
        thread: attribute('post-id') || attribute('thread') || location.pathname,
        shown: (count) => {
          const link = document.createElement('a');
          link.setAttribute('part', 'link');
          link.href = `${attribute('href')}#comments`;
          const words = document.createElement('span');
          words.setAttribute('part', 'count');
          words.textContent = count > 0 ? ui.plural('commentCount', count) : ui.text('noComments');
          link.append(words);
          root.replaceChildren(link);
        },
        failed: (error) => this.dispatchEvent(new ParleyErrorEvent(error, 'load')),
      },
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'parley-count': ParleyCount;
  }
}
