/** English words of the sort control, which arrive with its code. */
import type { SortStrings } from './strings.js';

export const enSort: SortStrings = {
  sortLabel: 'Sort by',
  sortOldest: 'Oldest',
  sortNewest: 'Newest',
  sortTop: 'Top',
  sorted: 'Comments sorted: {order}',
};
