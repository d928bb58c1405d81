/** Long work is cut into tasks, so the browser can paint and answer the reader in between. */

/**
 * Resolves in a later task, after the browser has had the chance to paint and to handle input. With
 * `afterPaint`, only once the next frame is painted (the first comments must reach the screen before more
 * are drawn); otherwise as soon as possible: `scheduler.yield` continuations outrank other tasks.
 */
export function nextTask(afterPaint = false): Promise<void> {
  const { scheduler } = globalThis as { scheduler?: { yield?: () => Promise<void> } };
  if (afterPaint && !document.hidden) return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve));
}

/**
 * Runs `removed` once `element`, just disconnected, is still out of the page a moment later: taken out for good,
 * not moved (frameworks and drag and drop take an element out and put it back within one task).
 */
export function whenRemoved(element: Element, removed: () => void): void {
  queueMicrotask(() => {
    if (!element.isConnected) removed();
  });
}
