/** How a long list is drawn a chunk at a time: how many comments the next chunk holds. */

/**
 * Top-level comments are drawn in blocks of this many; the first block, about a screenful, in the same task
 * as the page that brings them. A block once drawn is left alone until the section's state changes.
 */
export const BLOCK = 10;

/** Main-thread time one chunk aims at, well under the 50 ms that make a long task. */
const CHUNK_MS = 40;

/** How many blocks the next chunk draws, from the size of the last one and the time it took: at most double, at least half. */
export function nextChunkSize(size: number, spentMs: number): number {
  return Math.ceil(Math.min(size * 2, Math.max(size / 2, (size * CHUNK_MS) / spentMs)));
}
