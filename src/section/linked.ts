/**
 * Opening a comment's permalink (`#comment-<id>`): the section starts if it has not, loads further pages until the
 * comment is among them, then scrolls to it, marks it with the part `target` and gives it focus. Loaded only when
 * the address points to a comment.
 */
import { css } from 'lit';
import { ContextEvent } from '@lit/context';
import { sectionContext } from '../context.js';
import type { SectionState } from '../context.js';
import { enPermalink } from '../i18n/en-permalink.js';
import { fill } from '../i18n/strings.js';
import type { PermalinkStrings } from '../i18n/strings.js';
import { addStyles } from '../components/shared.styles.js';
import { AnnounceRequestEvent } from './requests.js';

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

export type Section = HTMLElement & {
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
export async function openLinked(section: Section): Promise<void> {
  const id = linkedId();
  if (id === null) return;
  const { loader } = state(section);
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
    const message =
      !has() && loader.hasMore
        ? words(section, 'linkedTooFar', { n: loader.comments.length })
        : words(section, 'linkedMissing');
    loader.error = { message, retry: () => void openLinked(section) };
    section.requestUpdate();
    announce(section, message);
    return;
  }
  const root = article.getRootNode() as ShadowRoot;
  addStyles(root, targetStyles);
  for (const old of root.querySelectorAll("[part~='target']")) old.part.remove('target');
  article.part.add('target');
  article.scrollIntoView({ block: 'start' });
  article.focus({ preventScroll: true });
  const author = article.querySelector('[part=author]')?.textContent ?? '';
  announce(section, words(section, 'linkedFound', { name: author }));
}

/** What the section tells its children (its language, its loader), asked as they ask it. */
function state(section: Section): SectionState {
  let value: SectionState | undefined;
  part(section).dispatchEvent(
    new ContextEvent(sectionContext, part(section), (given: SectionState) => (value = given)),
  );
  return value!;
}

/** The section's element inside its shadow root, there whether it is collapsed or open. */
const part = (section: Section) => section.renderRoot.querySelector('[part=section]')!;

/** The section's words for `key`, else the English that came with this code. */
function words(section: Section, key: keyof PermalinkStrings, values: Record<string, string | number> = {}): string {
  const { ui } = state(section);
  const text = ui.strings[key] ?? enPermalink[key];
  return fill(text, { ...values, ...('n' in values ? { n: Number(values.n).toLocaleString(ui.lang) } : {}) });
}

/** Tells screen readers through the section's live region, as its children do. */
function announce(section: Section, message: string): void {
  part(section).dispatchEvent(new AnnounceRequestEvent(message));
}

/** Waits while a page is on its way. */
async function settled(loader: SectionState['loader']): Promise<void> {
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
