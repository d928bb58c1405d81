/**
 * Registers Parley's elements, the context provider first, each only once (a page may load the script twice).
 * `<parley-comment-form>` registers itself from its own chunk, which a section loads when it opens.
 */
import { ParleyComments } from './components/comments/comments.js';
import { ParleyCommentList } from './components/comment-list/comment-list.js';
import { ParleyComment } from './components/comment/comment.js';

// Kept in the declaration file, so `import 'parley-comments/define'` alone brings the elements (in
// HTMLElementTagNameMap, with their properties) and the events (in HTMLElementEventMap) to a consumer's types.
export type { ParleyComments, ParleyCommentList, ParleyComment };
export type { ParleyCommentForm } from './components/comment-form/comment-form.js';
export type { ParleyErrorEvent, ParleyLoadEvent } from './events.js';
export type { ParleyPostedEvent, ParleySubmitEvent } from './posting/posting-events.js';

const elements: Array<[string, CustomElementConstructor]> = [
  ['parley-comments', ParleyComments],
  ['parley-comment-list', ParleyCommentList],
  ['parley-comment', ParleyComment],
];

for (const [name, element] of elements) {
  if (!customElements.get(name)) customElements.define(name, element);
}
