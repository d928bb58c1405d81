/** The backend a section talks to: the page's own object, or the adapter its attributes name, built once per configuration. */
import type { AdapterConfig, CommentBackend } from '../backends/backend.js';
import { createBackend } from '../backends/registry.js';
import type { RichRenderer } from '../components/comment/comment-body.js';
import type { CommentAddon } from '../components/comment/comment.js';
import type { RetryPolicy } from '../posting/retry-policy.js';

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

/** The section's properties a backend is built from. */
export interface SourceSettings {
  api: string;
  adapter: string;
  credentials: RequestCredentials;
  postId: string;
  backend?: CommentBackend;
  policy: Partial<RetryPolicy>;
}

const SETTING_KEYS = [
  'api',
  'adapter',
  'credentials',
  'postId',
  'backend',
  'policy',
] satisfies (keyof SourceSettings)[];

export class BackendSource {
  #config?: SourceConfig;
  #source?: Promise<Source>;

  /** Takes the section's `settings` when any of them `changed`: the next request builds its backend anew. */
  follow(settings: SourceSettings, changed: ReadonlyMap<PropertyKey, unknown>): void {
    if (!SETTING_KEYS.some((key) => changed.has(key))) return;
    const { api, adapter, credentials, postId, backend, policy } = settings;
    this.configure({ api, adapter, credentials, postId: postId || undefined, backend, timeout: policy.timeout });
  }

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
