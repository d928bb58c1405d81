/**
 * The CSS parts of the section's children (the README's Theming section lists them all), forwarded with `exportparts`
 * so the page reaches them; the section's own parts (section, heading, count, toggle, retry) need no forwarding.
 */
export const PARTS = [
  'list',
  'comment',
  'comment-header',
  'avatar',
  'author',
  'date',
  'body',
  'reply-button',
  'like',
  'like-count',
  'like-error',
  'replies',
  'pending-notice',
  'load-more',
  'form',
  'form-title',
  'privacy-note',
  'field',
  'label',
  'required-mark',
  'input',
  'textarea',
  'error',
  'consent',
  'submit',
  'cancel-reply',
  'status',
  'target',
].join(', ');
