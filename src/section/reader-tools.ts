/**
 * The reader's tools, as the section sees them: the order it lists in (the reader's choice wins over the site
 * owner's), and when the tools' code (the sort control, the notice of new comments) loads: after the first comments.
 */
import type { SortOrder } from '../model/comment.js';
import { chosenOrder } from './sort-choice.js';

/** The order to list in: the one the reader chose on this site, else the site owner's `order`. */
export function listOrder(siteOrder: SortOrder): SortOrder {
  return chosenOrder() ?? siteOrder;
}

/**
 * Loads the reader's tools once `after` settles (at once without it). Settles when they are defined, or when their
 * code could not be fetched: without it, the section has no tools, and no error.
 */
export function loadReaderTools(after: Promise<unknown> = Promise.resolve()): Promise<unknown> {
  return after.then(() => import('../components/reading-tools/reading-tools-chunk.js')).catch(() => undefined);
}
