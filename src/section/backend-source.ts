/** The backend a section talks to: the page's own object, or the adapter its attributes name, built once per configuration. */
import type { AdapterConfig, CommentBackend } from '../backends/backend.js';
import { createBackend } from '../backends/registry.js';
import type { RichRenderer } from '../components/comment/comment-body.js';
import type { CommentAddon } from '../components/comment/comment.js';

export interface SourceConfig extends AdapterConfig {
  adapter: string;
  /** A backend object of the page's; it wins over `api` and `adapter`. */
  backend?: CommentBackend;
}

export interface Source {
  backend: CommentBackend;
  /** Draws the rich bodies of a backend that sends them (`richText`), loaded along with it. */
  renderRich?: RichRenderer;
  /** The like buttons of a backend with likes: their chunk loads while the first page is asked for. */
  addon?: Promise<CommentAddon | undefined>;
}

export class BackendSource {
  #config?: SourceConfig;
  #source?: Promise<Source>;

  /** A new configuration: the next request builds its backend anew. */
  configure(config: SourceConfig): void {
    this.#config = config;
    this.#source = undefined;
  }

  get(): Promise<Source> {
    const source = (this.#source ??= this.#build(this.#config!));
    // A backend whose code could not be fetched is built again by the next request (Retry), not given up for good.
    source.catch(() => {
      if (this.#source === source) this.#source = undefined;
    });
    return source;
  }

  async #build({ backend, adapter, ...config }: SourceConfig): Promise<Source> {
    if (!backend && !config.api) throw new Error('Parley: set the api attribute, or the backend property');
    const source: Source = { backend: backend ?? (await createBackend(adapter, config)) };
    if (source.backend.like) {
      // When its code cannot be fetched, the comments show without like buttons.
      source.addon = import('../components/likes/like-button.js').then(
        ({ likeButtons }) => likeButtons(source.backend),
        () => undefined,
      );
    }
    if (source.backend.richText) source.renderRich = (await import('../components/comment/rich-body.js')).renderRich;
    return source;
  }
}
