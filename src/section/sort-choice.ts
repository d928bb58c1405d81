/** The order the reader chose for this site's comments: kept in the browser by the sort control, read before each first page. */
import type { SortOrder } from '../model/comment.js';
import { localText } from '../model/local-text.js';

/** One choice per site: every section of the site's pages lists in it. */
export const ORDER_KEY = 'parley:order';

/** The words for each order, in the sort control (`en-sort.ts`). */
export const ORDER_NAMES = { oldest: 'sortOldest', newest: 'sortNewest', top: 'sortTop' } as const;

/**
 * A choice the browser could not keep (storage closed or full: sandboxed frames, blocked cookies): it holds for the
 * page, so the control works there too, and a server-rendered section keeps the control it was drawn with.
 */
let unkept: SortOrder | undefined;

/** The reader's choice, or undefined when they made none (the site owner's `order` then holds). */
export function chosenOrder(): SortOrder | undefined {
  const order = localText(ORDER_KEY);
  return unkept ?? (order === 'oldest' || order === 'newest' || order === 'top' ? order : undefined);
}

/** Keeps a choice for this page only (the sort control does, where the browser keeps nothing); undefined forgets it. */
export const keepForPage = (order: SortOrder | undefined): void => {
  unkept = order;
};
