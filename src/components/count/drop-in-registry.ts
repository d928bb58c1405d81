/**
 * The adapter registry as `dist/parley-count.js` has it (the counts' build puts this module in place of
 * `backends/registry.ts`). That script exports nothing, so no page can add an adapter to it: the built-in names are
 * counted by their own small chunks, and any other name is a configuration error. Without this module the build
 * would carry a second copy of every adapter and its posting code that no page could ever load.
 */
import type { CommentBackend } from '../../backends/backend.js';

export async function createBackend(name: string): Promise<CommentBackend> {
  throw new Error(`Parley: parley-count.js counts with the adapters rest, wordpress and waline, not "${name}"`);
}
