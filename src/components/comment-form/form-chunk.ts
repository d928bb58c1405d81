/**
 * What a reader who comments needs, loaded as one chunk once the comments are drawn: the form, its English
 * words, the drafts and the posting machinery. Reading costs none of it.
 */
import type { ReactiveControllerHost } from 'lit';
import { ParleyCommentForm } from './comment-form.js';
import { Drafts } from '../../drafts/drafts.js';
import { Posting } from '../../posting/posting.js';
import type { PostingOptions } from '../../posting/posting.js';

export { enForm } from '../../i18n/en-form.js';
export { ReplyPlacement } from './reply-placement.js';
export { followLang } from '../../section/lang-watch.js';
export { watchOwnEdits } from '../../section/edit-watch.js';

/**
 * The drafts and posting of `thread`, for a section: they restore what the reader left in that thread and resume
 * a post that was on its way. The reader's name, email and website carry over from `previous`, the drafts of the
 * thread shown before. The form is defined (once per page) when the first section has them.
 */
export function commentOn(
  host: ReactiveControllerHost & HTMLElement,
  thread: string,
  previous: Drafts | undefined,
  options: Omit<PostingOptions, 'thread' | 'drafts'>,
): { drafts: Drafts; posting: Posting } {
  const drafts = new Drafts(thread, previous && { ...previous.fields, content: '' });
  const posting = new Posting(host, { ...options, thread, drafts });
  if (!customElements.get('parley-comment-form')) customElements.define('parley-comment-form', ParleyCommentForm);
  // The options (Markdown, mail about replies) come next; each shows only what the backend declares.
  import('../form-options/form-options.js').then(
    ({ defineOptions }) => defineOptions(),
    () => undefined,
  );
  posting.resume();
  return { drafts, posting };
}
