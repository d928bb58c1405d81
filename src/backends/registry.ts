/** The built-in adapters by name; each but `rest` is its own chunk, loaded only when a page asks for it (`rest` posts with a chunk loaded later). */
import type { AdapterConfig, CommentBackend } from './backend.js';
import { later } from './later.js';
import { RestBackend } from './rest.js';

export type AdapterFactory = (config: AdapterConfig) => CommentBackend | Promise<CommentBackend>;

const moderated = (name: 'wordpress' | 'waline'): AdapterFactory => async (config) => (await later())[name](config);

export const adapters: Record<string, AdapterFactory> = {
  rest: (config) => new RestBackend(config),
  wordpress: moderated('wordpress'),
  waline: moderated('waline'),
};

/** Builds the adapter a section names; an unknown name is a configuration error the site owner must see. */
export async function createBackend(name: string, config: AdapterConfig): Promise<CommentBackend> {
  const factory = Object.hasOwn(adapters, name) ? adapters[name] : undefined;
  if (!factory) throw new Error(`Parley: unknown adapter "${name}"`);
  return factory(config);
}
