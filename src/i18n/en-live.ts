/** English words of the new-comments notice, which arrive with its code. */
import type { LiveStrings } from './strings.js';

export const enLive: LiveStrings = {
  newComments: { one: '{n} new comment', other: '{n} new comments' },
  showNew: 'Show',
};
