/**
 * The public properties of `<parley-comments>` and the attributes they reflect: the section's configuration, declared
 * once. The element itself (`comments.ts`) wires the units that act on them.
 */
import { LitElement } from 'lit';
import type { PropertyDeclaration } from 'lit';
import type { CaptchaProvider, CommentBackend } from '../../backends/backend.js';
import type { SortOrder } from '../../model/comment.js';
import type { Strings } from '../../i18n/strings.js';
import type { RetryPolicy } from '../../posting/retry-policy.js';

export abstract class ParleyCommentsProperties extends LitElement {
  // Checked against the fields below: a renamed field is a type error here, not a silently dead attribute.
  static override properties = {
    api: {},
    adapter: {},
    thread: {},
    postId: { attribute: 'post-id' },
    language: { attribute: 'lang' },
    theme: { reflect: true },
    avatars: {},
    collapsed: { type: Boolean },
    loading: {},
    order: {},
    maxDepth: { type: Number, attribute: 'max-depth' },
    pageSize: { type: Number, attribute: 'page-size' },
    privacyUrl: { attribute: 'privacy-url' },
    credentials: {},
    dates: {},
    backend: { attribute: false },
    strings: { attribute: false },
    policy: { attribute: false },
    live: {},
  } satisfies { [K in keyof ParleyCommentsProperties]?: PropertyDeclaration };

  /** Base URL of a backend speaking the Parley REST protocol (or the adapter's backend). */
  api = '';
  /** Which built-in adapter speaks to `api`. */
  adapter = 'rest';
  /** Key of the discussion; defaults to the page's path. */
  thread = '';
  /** The post's id, for backends that key threads by post (`post-id`). */
  postId = '';
  /** UI language (the element's own `lang` attribute); defaults to the page's. */
  language = '';
  /** `light`, `dark` or `auto` (follows the page's `color-scheme`). */
  theme: 'light' | 'dark' | 'auto' = 'auto';
  /** `off`: never load avatar pictures, only draw initials (no request to an avatar host). */
  avatars: 'on' | 'off' = 'on';
  /** Show only a "Click to comment" button until the reader opens the section. */
  collapsed = false;
  /** `lazy`: load when the section nears the viewport; `eager`: at once. */
  loading: 'lazy' | 'eager' = 'lazy';
  /** `oldest` or `newest` first. */
  order: SortOrder = 'oldest';
  /** Deepest reply level; deeper replies attach to the deepest allowed parent (`max-depth`). */
  maxDepth = 3;
  /** Comments fetched per page (`page-size`). */
  pageSize = 50;
  /** When set, the privacy note links to it (`privacy-url`). */
  privacyUrl = '';
  /** Fetch credentials mode for backend requests. */
  credentials: RequestCredentials = 'omit';
  /** `absolute` ("Nov 20, 2026, 12:00 PM"), or `relative` ("3 days ago" for the last week, then absolute). */
  dates: 'absolute' | 'relative' = 'absolute';
  /** A backend object; it wins over `api` and `adapter`. */
  backend?: CommentBackend;
  /** Overrides of any UI text. */
  strings: Partial<Strings> = {};
  /** `off`: do not look for new comments while the page is open. */
  live: 'on' | 'off' = 'on';
  /** Changes to how requests time out and posts are retried (attempts, delays; tests also set the clock). */
  policy: Partial<RetryPolicy> = {};
  /**
   * A captcha provider, asked for a token right before each attempt to post. Read when posting, so it is no
   * reactive property: setting it draws nothing.
   */
  captcha?: CaptchaProvider;
}
