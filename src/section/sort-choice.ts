/** The order the reader chose for this site's comments: kept in the browser by the sort control, read before each first page. */
import type { SortOrder } from '../model/comment.js';
import { localText } from '../model/local-text.js';

/** One choice per site: every section of the site's pages lists in it. */
export const ORDER_KEY = 'parley:order';

/** The words for each order, in the sort control (`en-sort.ts`). */
export const ORDER_NAMES = { oldest: 'sortOldest', newest: 'sortNewest', top: 'sortTop' } as const;

/** The reader's choice, or undefined when they made none (the site owner's `order` then holds) or storage is closed. */
export function chosenOrder(): SortOrder | undefined {
  const order = localText(ORDER_KEY);
  return order === 'oldest' || order === 'newest' || order === 'top' ? order : undefined;
}
