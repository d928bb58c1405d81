/**
 * The built-in adapters by name; each but `rest` is its own chunk, loaded only when a page asks for it
 * (`rest` posts with a chunk loaded after the first page).
 */
import type { AdapterConfig, CommentBackend } from './backend.js';
import { later } from './later.js';
import { localText } from '../model/local-text.js';
import { RestBackend } from './rest.js';

export type AdapterFactory = (config: AdapterConfig) => CommentBackend | Promise<CommentBackend>;

/**
 * Keeps showing a `rest` reader their own held comments, which servers do not list to anonymous readers
 * (`withOwnPending`). Its code comes with the chunk loaded for posting, so it is never on the way to the first
 * comment: a page loads it first only when the reader has a held comment to see again.
 */
function keepingOwnPending(backend: CommentBackend, prefix: string): CommentBackend {
  const own = async () => (await later()).withOwnPending(backend, prefix);
  const remembered = (thread: string) => localText(prefix + thread) !== null;
  return {
    // The backend's own optional methods (likes) stay as they are; what the server declares later (its
    // extensions, read with a page) is read through to it.
    __proto__: backend,
    ...backend,
    list: async (query, options) => (remembered(query.thread) ? await own() : backend).list(query, options),
    create: async (input, options) => (await own()).create(input, options),
  } as CommentBackend;
}

const moderated =
  (name: 'wordpress' | 'waline'): AdapterFactory =>
  async (config) =>
    (await import('./moderated.js'))[name](config);

export const adapters: Record<string, AdapterFactory> = {
  rest: (config) => keepingOwnPending(new RestBackend(config), `parley:pending:rest:${config.api}:`),
  wordpress: moderated('wordpress'),
  waline: moderated('waline'),
};

/** Builds the adapter a section names; an unknown name is a configuration error the site owner must see. */
export async function createBackend(name: string, config: AdapterConfig): Promise<CommentBackend> {
  const factory = Object.hasOwn(adapters, name) ? adapters[name] : undefined;
  if (!factory) throw new Error(`Parley: unknown adapter "${name}"`);
  return factory(config);
}
