/** The npm entry: classes, types and adapters, without registering anything (import `parley-comments/define` for that). */
export { ParleyComments } from './components/comments/comments.js';
export { ParleyCommentList } from './components/comment-list/comment-list.js';
export { ParleyComment } from './components/comment/comment.js';
export { ParleyCount } from './components/count/count.js';
export { ParleyCommentForm } from './components/comment-form/comment-form.js';
export { ParleyErrorEvent, ParleyLoadEvent, ParleyPostedEvent, ParleySubmitEvent } from './events.js';
export { BackendError } from './model/errors.js';
export type { BackendErrorKind } from './model/errors.js';
export type { AdapterConfig, CommentBackend, ListQuery } from './backends/backend.js';
export { RestBackend } from './backends/rest.js';
export { WordPressBackend } from './backends/wordpress.js';
export { WalineBackend } from './backends/waline.js';
export { withOwnPending } from './backends/own-pending.js';
export { adapters } from './backends/registry.js';
export type { AdapterFactory } from './backends/registry.js';
export type { Comment, CommentPage, FieldErrors, NewComment, SortOrder } from './model/comment.js';
export type { RichNode, RichTag } from './model/rich-text.js';
export type { Strings, Plural } from './i18n/strings.js';
