/**
 * What the `rest` adapter needs once a reader posts, as one chunk: the POST itself, and the memory of the reader's
 * held comments (which is also what a page loads first when it has one to show again).
 */
export { createComment } from './rest-create.js';
export { withOwnPending } from './own-pending.js';
