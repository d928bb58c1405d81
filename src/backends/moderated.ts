/**
 * Adapters for moderating backends that send HTML bodies (WordPress, Waline): each brings the rich-text
 * renderer along, and keeps showing a reader their own held comments, which such backends do not list.
 * Its own chunk, loaded only by pages that use one of them.
 */
import type { AdapterConfig, CommentBackend } from './backend.js';
import { withOwnPending } from './own-pending.js';
// eslint-disable-next-line no-restricted-imports -- moved by the layering change
import '../components/comment/rich-body.js';

const moderated = async (name: string, create: () => Promise<CommentBackend>, config: AdapterConfig) =>
  withOwnPending(await create(), `parley:pending:${name}:${config.api}:`);

export const wordpress = (config: AdapterConfig) =>
  moderated('wordpress', async () => new (await import('./wordpress.js')).WordPressBackend(config), config);

export const waline = (config: AdapterConfig) =>
  moderated('waline', async () => new (await import('./waline.js')).WalineBackend(config), config);
