/**
 * The page's own rendering of the comments (a CMS's list and form, printed inside `<parley-comments>`): it stays in
 * view, and usable, through the section's default slot until Parley's own comments take its place. A section
 * without it says it is loading.
 */
import { html, nothing } from 'lit';
import type { Ui } from '../../i18n/ui.js';
import type { ThreadLoader } from '../../section/thread-loader.js';

export function renderPageMarkup(status: ThreadLoader['status'], ui: Ui) {
  if (status === 'ready') return nothing;
  return html`<slot>${status === 'loading' ? html`<p part="status" class="status">${ui.text('loading')}</p>` : nothing}</slot>`;
}
