/**
 * `parley-comments/ssr`: a thread's section rendered to HTML on a server (Node), from any adapter. The section and
 * its list are declarative shadow roots with the browser's own styles and parts; the comments are drawn by the
 * browser's drawing code (`CommentDrawer`) on a server DOM; the first page's data rides along, so the browser
 * shows it without asking the backend again.
 */
import type { CommentBackend } from '../backends/backend.js';
import { createBackend } from '../backends/registry.js';
import type { RichRenderer } from '../components/comment/comment-body.js';
import { CommentDrawer } from '../components/comment/comment.js';
import { h } from '../components/comment/dom.js';
import { styles as listStyles } from '../components/comment-list/comment-list.styles.js';
import { styles as sectionStyles } from '../components/comments/comments.styles.js';
import { PARTS } from '../components/parts.js';
import { styles as toolsStyles } from '../components/reading-tools/reading-tools.styles.js';
import { sharedStyles } from '../components/shared.styles.js';
import { en } from '../i18n/en.js';
import { enSort } from '../i18n/en-sort.js';
import { usableLang } from '../i18n/lang.js';
import { tableFor } from '../i18n/locales.js';
import { Ui } from '../i18n/ui.js';
import type { Comment, CommentPage, SortOrder } from '../model/comment.js';
import { checkComment, isThreadable } from '../model/comment.js';
import { buildThread } from '../model/thread.js';
import { readMarkdownBodies, renderRich as markdownRich } from '../section/markdown-bodies.js';
import { ORDER_NAMES } from '../section/sort-choice.js';
import type { ThreadNode } from '../model/thread.js';
import { withServerDocument } from './server-dom.js';
import type { ServerElement } from './server-dom.js';

/** The attribute on the first page's data, which the browser's section reads instead of asking the backend. */
export const SERVED_PAGE = 'data-parley-page';

export interface RenderOptions {
  /** Which built-in adapter speaks to `api` (`rest` unless set), as the section's `adapter` attribute. */
  adapter?: string;
  /** The backend's base URL, as the section's `api` attribute. */
  api?: string;
  /** The thread's key: the page's path, as the browser would use it. */
  thread?: string;
  /** The post's id, for backends that key threads by post (`wordpress`). */
  postId?: string;
  /** A backend object instead of `adapter` and `api` (it is not written into the page: the browser needs its own). */
  backend?: CommentBackend;
  /** The section's language (its `lang` attribute); English unless set. */
  lang?: string;
  order?: SortOrder;
  pageSize?: number;
  maxDepth?: number;
  /** Milliseconds to wait for the backend; 15 s unless set. */
  timeout?: number;
  /** Any other attributes of `<parley-comments>` (`theme`, `privacy-url`…), written as they are. */
  attributes?: Record<string, string>;
  /**
   * The time zone the comments' dates are written in (an IANA name such as `Europe/Berlin`); UTC unless set. The
   * browser writes them again in the reader's own zone when Parley takes the section over.
   */
  timeZone?: string;
  /** A nonce for the section's `<style>` elements, for pages whose Content-Security-Policy forbids inline styles. */
  styleNonce?: string;
}

/** A section's attributes, as the browser reads them back. */
function attributesOf(options: RenderOptions): Record<string, string> {
  const attributes: Record<string, string> = {};
  const set = (name: string, value: string | number | undefined) => {
    if (value !== undefined && value !== '') attributes[name] = String(value);
  };
  set('adapter', options.adapter);
  set('api', options.api);
  set('thread', options.thread);
  set('post-id', options.postId);
  set('lang', options.lang);
  set('order', options.order);
  set('page-size', options.pageSize);
  set('max-depth', options.maxDepth);
  return { ...attributes, ...options.attributes };
}

/** The first page of the thread, from the backend the options name. */
async function firstPage(
  options: RenderOptions,
): Promise<{ page: CommentPage; bodies: Comment[]; renderRich?: RichRenderer }> {
  const { adapter = 'rest', api = '', postId, thread = '/', order = 'oldest', pageSize = 50, timeout } = options;
  if (!options.backend && !URL.canParse(api)) throw new Error(`Parley: api must be an absolute URL, not "${api}"`);
  const backend =
    options.backend ??
    (await createBackend(adapter, { api, credentials: 'omit', postId: postId || undefined, timeout }));
  // Adapters resolve their addresses against the page's (`document.baseURI`) as the request starts.
  const page = await withServerDocument(() =>
    backend.list({ thread, limit: pageSize, order }, { signal: AbortSignal.timeout((timeout ?? 15_000) + 1000) }),
  );
  const renderRich = backend.richText ? (await import('../components/comment/rich-body.js')).renderRich : undefined;
  // Drawn as the browser draws them: Markdown bodies through the rich-text model; the page's data keeps them as sent.
  const bodies = readMarkdownBodies(page.comments, !!backend.richText);
  return {
    page,
    bodies,
    renderRich: renderRich ?? (bodies.some((comment) => comment.format === 'markdown') ? markdownRich : undefined),
  };
}

/** The first page as JSON inside a `<script>`: nothing in it can end the element or start markup. */
function pageData(page: CommentPage, comments: readonly Comment[]): string {
  const { total, next } = page;
  return JSON.stringify({ comments, total, next }).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** A `<style>` with the rules of these Lit stylesheets. */
function styleElement(sheets: Array<{ cssText: string }>, nonce?: string): ServerElement {
  const style = h('style', nonce ? { nonce } : {}) as unknown as ServerElement;
  style.append(sheets.map((sheet) => sheet.cssText.replace(/\s+/g, ' ').trim()).join(' '));
  return style;
}

/** Without JavaScript no further page can be loaded: "Load more comments" is hidden then, as the sort control is. */
const NO_SCRIPT_LIST = { cssText: '@media (scripting: none) { .load-more { display: none; } }' };

/** The list of comments as `<parley-comment-list>` draws it: unreadable comments left out, their replies in their place. */
function drawList(roots: ThreadNode[], drawer: CommentDrawer): Node[] {
  const readable = (comment: Comment) => !checkComment(comment);
  const item = (node: ThreadNode): Node[] =>
    !readable(node.comment)
      ? node.replies.flatMap(item)
      : [drawer.draw(node.parent && !readable(node.parent) ? { ...node, parent: null } : node, item)];
  return roots.flatMap(item);
}

/** The reading tools' parts, passed on by the section. */
const TOOLS_PARTS = 'sort-label, sort-select, news, news-show';

/**
 * The reader's tools as `<parley-reading-tools>` draws them above the first page, so the list starts where it will
 * once Parley runs: the sort control (for two comments or more), and the place of the new-comments notice unless
 * `live` is off. Without JavaScript nothing can be sorted, so the control is then hidden.
 */
function drawTools(ui: Ui, comments: readonly Comment[], order: SortOrder, live: boolean, nonce?: string): Node {
  const orders: SortOrder[] = comments.some((comment) => comment.likes !== undefined)
    ? ['oldest', 'newest', 'top']
    : ['oldest', 'newest'];
  const options = orders.map((value) =>
    h('option', { value, ...(value === order ? { selected: '' } : {}) }, ui.text(ORDER_NAMES[value])),
  );
  const sort =
    comments.length < 2
      ? []
      : [
          h(
            'div',
            { class: 'sort' },
            h('label', { part: 'sort-label', for: 'order' }, ui.text('sortLabel')),
            h('select', { part: 'sort-select', id: 'order' }, ...options),
          ),
        ];
  const noScript = { cssText: '@media (scripting: none) { .sort { display: none; } }' };
  // A plain element, like the list: Parley's own would draw into this shadow root once registered.
  const tools = h('div', { class: 'tools', exportparts: TOOLS_PARTS });
  tools.append(
    h(
      'template',
      { shadowrootmode: 'open' },
      styleElement([sharedStyles, toolsStyles, noScript], nonce) as unknown as Node,
      ...sort,
      // The notice of new comments, empty until there are some.
      ...(live ? [h('span', {})] : []),
    ),
  );
  return tools;
}

/**
 * Renders the section of a thread: `<parley-comments>` with its shadow root declared in the HTML, and the first
 * page's data. Rejects when the backend cannot be reached or answers with an error.
 */
export async function renderSection(options: RenderOptions): Promise<string> {
  const lang = usableLang(options.lang || 'en');
  const [{ page, bodies, renderRich }, table] = await Promise.all([firstPage(options), tableFor(lang)]);
  const ui = new Ui(lang, table, en);
  ui.timeZone = options.timeZone ?? 'UTC';
  const comments = page.comments.filter(isThreadable);
  const roots = buildThread(bodies.filter(isThreadable), options.maxDepth ?? 3);
  const nonce = options.styleNonce;

  return withServerDocument(() => {
    const drawn = drawList(roots, new CommentDrawer(ui, renderRich));
    // The list's own element would take its shadow root over (and empty it) as soon as Parley registers it: the
    // server's list is a plain element around the same shadow root, which the browser's section takes its comments from.
    const list = h('div', { class: 'list', exportparts: PARTS });
    list.append(
      h(
        'template',
        { shadowrootmode: 'open' },
        styleElement(
          [sharedStyles, listStyles, ...(renderRich?.styles ? [renderRich.styles] : []), NO_SCRIPT_LIST],
          nonce,
        ) as unknown as Node,
        ...(drawn.length
          ? [h('ol', { part: 'list', class: 'comments' }, ...drawn)]
          : [h('p', { class: 'empty' }, ui.text('beFirst'))]),
        ...(page.next
          ? [h('button', { part: 'load-more', class: 'load-more', 'aria-disabled': 'false' }, ui.text('loadMore'))]
          : []),
      ),
    );
    const heading = page.total > 0 ? ui.plural('commentCount', page.total) : ui.text('noComments');
    const section = h(
      'section',
      { part: 'section', dir: ui.text('dir'), 'aria-labelledby': 'heading' },
      h('h2', { part: 'heading', id: 'heading', tabindex: '-1' }, h('span', { part: 'count' }, heading)),
      drawTools(
        new Ui(lang, table, enSort),
        comments,
        options.order ?? 'oldest',
        options.attributes?.live !== 'off',
        nonce,
      ),
      list,
      h('div', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' }),
    );
    // The language its dates were written in, so the browser writes them again in the reader's time zone alike.
    const data = h('script', {
      type: 'application/json',
      [SERVED_PAGE]: '',
      'data-lang': lang,
    }) as unknown as ServerElement;
    data.append(pageData(page, comments));
    const host = h(
      'parley-comments',
      attributesOf(options),
      h(
        'template',
        { shadowrootmode: 'open' },
        styleElement([sharedStyles, sectionStyles], nonce) as unknown as Node,
        section,
      ),
      data as unknown as Node,
    );
    return (host as unknown as ServerElement).toHtml();
  });
}
