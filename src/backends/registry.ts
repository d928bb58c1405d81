/** The built-in adapters by name; each but `rest` is its own chunk, loaded only when a page asks for it. */
import type { AdapterConfig, CommentBackend } from './backend.js';
import { RestBackend } from './rest.js';

export type AdapterFactory = (config: AdapterConfig) => CommentBackend | Promise<CommentBackend>;

/** Wraps the factory of an adapter whose backend sends HTML bodies: it brings the rich-text renderer along. */
export const withRichText =
  (factory: AdapterFactory): AdapterFactory =>
  async (config) => {
    await import('../components/comment/rich-body.js');
    return factory(config);
  };

export const adapters: Record<string, AdapterFactory> = {
  rest: (config) => new RestBackend(config),
};

/** Builds the adapter a section names; an unknown name is a configuration error the site owner must see. */
export async function createBackend(name: string, config: AdapterConfig): Promise<CommentBackend> {
  const factory = Object.hasOwn(adapters, name) ? adapters[name] : undefined;
  if (!factory) throw new Error(`Parley: unknown adapter "${name}"`);
  return factory(config);
}
