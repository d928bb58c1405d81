/** English words of opening a comment's permalink, which arrive with that code. */
import type { PermalinkStrings } from './strings.js';

export const enPermalink: PermalinkStrings = {
  linkedFound: 'Showing the linked comment by {name}.',
  linkedMissing: 'The linked comment could not be found. It may have been deleted, or it may be awaiting moderation.',
  linkedTooFar: 'The linked comment is not among the first {n} comments. Load more comments to keep looking.',
};
