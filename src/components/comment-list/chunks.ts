/** How a long list is drawn a chunk at a time: how many comments the next chunk holds. */

/**
 * Top-level comments are drawn in blocks of this many; the first block, about a screenful, in the same task
 * as the page that brings them. A block once drawn is left alone until the section's state changes.
 */
export const BLOCK = 10;

/** Main-thread time one chunk aims at, well under the 50 ms that make a long task. */
const CHUNK_MS = 40;

/**
 * Whether a chunk that has drawn `blocks` blocks in `spentMs` has time for one more: another of the same cost still
 * ends within the chunk's time. Measured while drawing, so a chunk fills its time from the start, on any machine.
 */
export function roomForAnother(spentMs: number, blocks: number): boolean {
  return spentMs + spentMs / blocks <= CHUNK_MS;
}
