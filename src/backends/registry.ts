/** The built-in adapters by name; each but `rest` is its own chunk, loaded only when a page asks for it. */
import type { AdapterConfig, CommentBackend } from './backend.js';
import { RestBackend } from './rest.js';

export type AdapterFactory = (config: AdapterConfig) => CommentBackend | Promise<CommentBackend>;

export const adapters: Record<string, AdapterFactory> = {
  rest: (config) => new RestBackend(config),
  wordpress: async (config) => (await import('./moderated.js')).wordpress(config),
  waline: async (config) => (await import('./moderated.js')).waline(config),
};

/** Builds the adapter a section names; an unknown name is a configuration error the site owner must see. */
export async function createBackend(name: string, config: AdapterConfig): Promise<CommentBackend> {
  const factory = Object.hasOwn(adapters, name) ? adapters[name] : undefined;
  if (!factory) throw new Error(`Parley: unknown adapter "${name}"`);
  return factory(config);
}
