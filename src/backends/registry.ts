/** The built-in adapters by name; each but `rest` is its own chunk, loaded only when a page asks for it. */
import type { AdapterConfig, CommentBackend } from './backend.js';
import { RestBackend } from './rest.js';

export type AdapterFactory = (config: AdapterConfig) => CommentBackend | Promise<CommentBackend>;

/**
 * The factory of an adapter for a moderating backend that sends HTML bodies (WordPress, Waline): it brings the
 * rich-text renderer along, and keeps showing a reader their own held comments, which such backends do not list.
 */
const moderatedHtmlBackend =
  (name: string, load: () => Promise<AdapterFactory>): AdapterFactory =>
  async (config) => {
    const [factory, { withOwnPending }] = await Promise.all([
      load(),
      import('./own-pending.js'),
      import('../components/comment/rich-body.js'),
    ]);
    return withOwnPending(await factory(config), `parley:pending:${name}:${config.api}:`);
  };

export const adapters: Record<string, AdapterFactory> = {
  rest: (config) => new RestBackend(config),
  wordpress: moderatedHtmlBackend('wordpress', async () => {
    const { WordPressBackend } = await import('./wordpress.js');
    return (config) => new WordPressBackend(config);
  }),
  waline: moderatedHtmlBackend('waline', async () => {
    const { WalineBackend } = await import('./waline.js');
    return (config) => new WalineBackend(config);
  }),
};

/** Builds the adapter a section names; an unknown name is a configuration error the site owner must see. */
export async function createBackend(name: string, config: AdapterConfig): Promise<CommentBackend> {
  const factory = Object.hasOwn(adapters, name) ? adapters[name] : undefined;
  if (!factory) throw new Error(`Parley: unknown adapter "${name}"`);
  return factory(config);
}
