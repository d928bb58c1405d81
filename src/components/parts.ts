/** Every CSS part (the README's Theming section), forwarded by each child with `exportparts` so the page reaches them all. */
export const PARTS = [
  'section', 'heading', 'count', 'toggle', 'list', 'comment', 'comment-header', 'avatar', 'author',
  'date', 'body', 'reply-button', 'replies', 'pending-notice', 'load-more', 'form', 'form-title',
  'privacy-note', 'field', 'label', 'required-mark', 'input', 'textarea', 'error', 'consent', 'submit',
  'cancel-reply', 'status', 'retry',
].join(', ');
