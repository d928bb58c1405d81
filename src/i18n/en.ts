/** English words of the section, built in; the form's English words are in `en-form.ts`, loaded with the form. */
import type { SectionStrings } from './strings.js';

export const en: SectionStrings = {
  dir: 'ltr',
  comments: 'Comments',
  commentCount: { one: '{n} comment', other: '{n} comments' },
  noComments: 'No comments yet',
  beFirst: 'Be the first to share your thoughts.',
  loading: 'Loading comments…',
  loadMore: 'Load more comments',
  moreLoaded: { one: '{n} more comment loaded', other: '{n} more comments loaded' },
  openComments: 'Click to comment',
  reply: 'Reply',
  replyTo: 'Reply to {name}',
  inReplyTo: 'In reply to {name}',
  permalink: 'Link to this comment',
  edited: 'Edited',
  awaitingModeration: 'Your comment is awaiting moderation.',
  anonymous: 'Anonymous',
  retry: 'Retry',
  loadFailed: 'The comments could not be loaded.',
  formFailed: 'The comment form could not be loaded. Reload the page to leave a reply.',
  errorNetwork: 'The comments server could not be reached. Check your connection.',
};
