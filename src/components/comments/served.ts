/**
 * Takes over a section rendered on the server (`parley-comments/ssr`), in its own chunk: loaded only by a section
 * whose shadow root came with the page. The first page comes from the data the server embedded, not from the
 * backend again, and the comments the server drew move into the section's own list: nothing is drawn twice, and the
 * section keeps its height.
 */
import { readAnswer } from '../../model/comment.js';
import { listOrder, loadReaderTools } from '../../section/reader-tools.js';
import type { ThreadLoader } from '../../section/thread-loader.js';
import { adoptStyles } from 'lit';
import type { LitElement } from 'lit';
import type { ParleyComments } from './comments.js';

/** Where each comment's item is in the server's list (`div.list`): `<li><parley-comment><article id="comment-…">`. */
const SERVED_ARTICLES = 'li > parley-comment > article[id^="comment-"]';

/** The first page the server embedded, when it is one (a page's HTML is outside Parley, like a backend's answer). */
function servedPage(host: Element) {
  const data = host.querySelector(':scope > script[data-parley-page]')?.textContent;
  try {
    return readAnswer('page', JSON.parse(data ?? ''));
  } catch {
    return undefined;
  }
}

/**
 * Hands the loader the server's first page and the comments it drew. The server's section stays in view, and the
 * section's own (rendered after it, in the same shadow root) hidden, until its first page is drawn: then the
 * server's goes, in the same task, so no frame shows the section without its comments.
 */
export async function adopt(root: ShadowRoot, host: ParleyComments, loader: ThreadLoader): Promise<void> {
  adoptStyles(root, (host.constructor as typeof LitElement).elementStyles);
  const page = servedPage(host);
  // The server listed in the site's order; a reader who chose another gets the first page in theirs.
  if (!page || listOrder(host.order) !== host.order) {
    root.replaceChildren();
    return;
  }
  const server = [...root.children];
  const items = new Map<string, Element>();
  for (const article of root.querySelector('div.list')?.shadowRoot?.querySelectorAll(SERVED_ARTICLES) ?? []) {
    items.set(article.id.slice('comment-'.length), article.parentElement!.parentElement!);
  }
  // The server wrote the dates in its time zone (UTC unless told otherwise): written again in the reader's, in the
  // language the server wrote them in. The same format, so each date keeps its width but for a digit or two.
  const lang = host.querySelector<HTMLElement>(':scope > script[data-parley-page]')?.dataset.lang;
  const dates = lang && new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
  if (dates)
    for (const item of items.values())
      for (const time of item.querySelectorAll('article > header time[datetime]'))
        time.textContent = dates.format(Date.parse((time as HTMLTimeElement).dateTime));
  // The reader's tools, which the server drew above the list, are drawn with it, not after it.
  await loadReaderTools();
  loader.servedPage = page;
  loader.servedItems = items;
  const hide = document.createElement('style');
  hide.textContent = 'section ~ section { display: none; }';
  root.append(hide);
  const showOwn = async () => {
    await host.updateComplete;
    for (const own of root.querySelectorAll<LitElement>('parley-reading-tools, parley-comment-list'))
      await own.updateComplete;
    for (const element of [...server, hide]) element.remove();
    // Served once: a later first page (the section's configuration changed) is the backend's, drawn anew.
    loader.servedItems = undefined;
  };
  host.addEventListener('parley-load', () => void showOwn(), { once: true });
}
