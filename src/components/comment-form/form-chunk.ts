/**
 * What a reader who comments needs, loaded as one chunk once the comments are drawn: the form, its English
 * words, the drafts and the posting machinery. Reading costs none of it.
 */
import { ParleyCommentForm } from './comment-form.js';

export { enForm } from '../../i18n/en-form.js';
export { Drafts } from '../../drafts/drafts.js';
export { Posting } from '../../posting/posting.js';

/** Registers `<parley-comment-form>` (once per page, whichever section asks first). */
export function defineForm(): void {
  if (!customElements.get('parley-comment-form')) customElements.define('parley-comment-form', ParleyCommentForm);
}
