/** How a long list is drawn a chunk at a time: how many comments the next chunk holds, and how to let the browser breathe in between. */

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

/**
 * Resolves in a later task, after the browser has had the chance to paint and to handle input. With
 * `afterPaint`, only once the next frame is painted (the first comments must reach the screen before more
 * are drawn); otherwise as soon as possible: `scheduler.yield` continuations outrank other tasks.
 */
export function nextTask(afterPaint: boolean): Promise<void> {
  const { scheduler } = globalThis as { scheduler?: { yield?: () => Promise<void> } };
  if (afterPaint && !document.hidden) return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve));
}
