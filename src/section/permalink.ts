/**
 * Opening a comment's permalink (`#comment-<id>`): the section starts if it has not, loads further pages until the
 * comment is among them, then scrolls to it, marks it with the part `target` and gives it focus. Loaded only when
 * the address points to a comment.
 */
import { css } from 'lit';
import { enPermalink } from '../i18n/en-permalink.js';
import { addStyles } from '../components/shared.styles.js';
import type { Announcer } from './announcer.js';
import type { LocaleController } from './locale.js';
import type { ThreadLoader } from './thread-loader.js';

/** How many pages are loaded in search of a linked comment before the reader is asked whether to go on. */
export const MAX_PAGES = 20;

const PREFIX = '#comment-';

/** The highlight of the comment a permalink opened, added to the list's own styles. */
const targetStyles = css`
  [part~='target'] {
    background: color-mix(in srgb, var(--_accent) 10%, transparent);
    box-shadow: 0 0 0 calc(var(--_space) * 0.5) color-mix(in srgb, var(--_accent) 10%, transparent);
  }
`;

type Section = HTMLElement & {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
  requestUpdate(): void;
  handleOpen(): void;
};

/** The comment id in the address, or null when it points elsewhere. */
export function linkedId(hash = location.hash): string | null {
  if (!hash.startsWith(PREFIX)) return null;
  try {
    return decodeURIComponent(hash.slice(PREFIX.length)) || null;
  } catch {
    return null;
  }
}

/**
 * Shows the comment the address points to, loading up to `MAX_PAGES` pages (more each time the reader asks again);
 * says so in the section when it is not found.
 */
export async function openLinked(
  section: Section,
  loader: ThreadLoader,
  locale: LocaleController,
  announcer: Announcer,
): Promise<void> {
  const id = linkedId();
  if (id === null) return;
  locale.addEnglish(enPermalink);
  // A collapsed section opens as if the reader had asked; one that has not started (lazy) starts now.
  if (section.renderRoot.querySelector('[part=toggle]')) section.handleOpen();
  await settled(loader);
  if (loader.status !== 'ready' && !(await loader.loadFirst())) return;
  const has = () => loader.comments.some((comment) => comment.id === id);
  for (let pages = 1; !has() && loader.hasMore && pages < MAX_PAGES; pages++) {
    await loader.loadMore();
    await settled(loader);
    // A page that failed shows its own error and Retry.
    if (loader.error || linkedId() !== id) return;
  }
  const article = has() ? await drawn(section, id) : null;
  if (linkedId() !== id) return;
  if (!article) {
    const { ui } = locale;
    const message =
      !has() && loader.hasMore
        ? ui.text('linkedTooFar', { n: loader.comments.length.toLocaleString(ui.lang) })
        : ui.text('linkedMissing');
    loader.error = { message, retry: () => void openLinked(section, loader, locale, announcer) };
    section.requestUpdate();
    announcer.announce(message);
    return;
  }
  const root = article.getRootNode() as ShadowRoot;
  addStyles(root, targetStyles);
  for (const old of root.querySelectorAll("[part~='target']")) old.part.remove('target');
  article.part.add('target');
  article.scrollIntoView({ block: 'start' });
  article.focus({ preventScroll: true });
  const author = article.querySelector('[part=author]')?.textContent ?? '';
  announcer.announce(locale.ui.text('linkedFound', { name: author }));
}

/** Waits while a page is on its way. */
async function settled(loader: ThreadLoader): Promise<void> {
  while (loader.status === 'loading' || loader.loadingMore) await new Promise((resolve) => setTimeout(resolve, 50));
}

/** The comment's element once the list has drawn every comment, or null when it was left out (unreadable). */
async function drawn(section: Section, id: string): Promise<HTMLElement | null> {
  await section.updateComplete;
  const list = section.renderRoot.querySelector('parley-comment-list');
  if (!list) return null;
  await list.updateComplete;
  return list.renderRoot.querySelector<HTMLElement>(`#comment-${CSS.escape(id)}`);
}
