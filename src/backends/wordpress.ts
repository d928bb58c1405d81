/** The `wordpress` adapter: reads and posts comments through the WordPress REST API (`/wp/v2/comments`). */
import * as z from '../model/zod.js';
import type { Comment, CommentPage, FieldErrors, NewComment } from '../model/comment.js';
import { where, wholeNumber } from '../model/zod.js';
import { anyList, anyNumber, isDateTime, pageOf, parseAnswer, readEach, stringRecord } from './schemas.js';
import { htmlToText, httpUrl, parseRichText, richTextToPlain } from '../model/rich-text-parse.js';
import type { AdapterConfig, CommentBackend, ListQuery } from './backend.js';
import { BackendError } from '../model/errors.js';
import { Endpoint } from './endpoint.js';
import { statusError } from './http.js';
import { post } from './post.js';
import { sendingAgain } from './sent-keys.js';
import { heldCopy, isSameComment } from './own-pending.js';

/** Where WordPress's REST API keeps comments, under its root. */
const COMMENTS = '/wp/v2/comments';

/** WordPress answers at most this many comments per page. */
const MAX_PER_PAGE = 100;

/** The fields Parley reads, asked for with `_fields` so pages stay small. */
const LISTED_FIELDS = 'id,parent,author_name,author_url,date_gmt,content,status,author_avatar_urls';

const wpCommentSchema = z.object({
  id: wholeNumber(1),
  parent: wholeNumber(),
  author_name: z.string(),
  author_url: z.string(),
  /** UTC, without a zone designator; a date that does not exist (month 13, February 31) is refused. */
  date_gmt: where(z.string(), (date) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/.test(date) && isDateTime(`${date}Z`)),
  content: z.object({ rendered: z.string() }),
  status: z.string(),
  author_avatar_urls: z.optional(stringRecord),
});
type WpComment = z.infer<typeof wpCommentSchema>;

const wpErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
  data: z.optional(
    z.nullable(
      z.object({
        status: z.optional(anyNumber),
        params: z.optional(stringRecord),
      }),
    ),
  ),
});
type WpError = z.infer<typeof wpErrorSchema>;

const totalHeader = where(z.string(), (header) => /^\d+$/.test(header));

/** The Parley comment a WordPress comment shows as. */
export function commentFromWordPress(wp: WpComment): Comment {
  const rich = parseRichText(wp.content.rendered);
  return {
    id: String(wp.id),
    parentId: wp.parent === 0 ? null : String(wp.parent),
    author: htmlToText(wp.author_name),
    url: httpUrl(htmlToText(wp.author_url)) ?? null,
    avatar: largestAvatar(wp.author_avatar_urls),
    content: richTextToPlain(rich),
    rich,
    createdAt: `${wp.date_gmt}Z`,
    status: wp.status === 'approved' ? 'approved' : 'pending',
  };
}

/** The JSON body WordPress expects for a new comment. */
export function wordPressFromNewComment(input: NewComment, post: number) {
  return {
    post,
    parent: input.parentId === null ? 0 : Number(input.parentId),
    author_name: input.author,
    author_email: input.email,
    author_url: input.url ?? '',
    content: input.content,
  };
}

function largestAvatar(urls: Record<string, string> | undefined): string | null {
  if (!urls) return null;
  const sizes = Object.keys(urls).sort((a, b) => Number(b) - Number(a));
  for (const size of sizes) {
    const url = httpUrl(urls[size]);
    if (url) return url;
  }
  return null;
}

/** A reader's Markdown as the HTML WordPress keeps; the Markdown reader loads with the first such comment. */
async function asWordPressHtml(markdown: string): Promise<string> {
  const [{ markdownToRich }, { richToWordPressHtml }] = await Promise.all([
    import('../model/markdown.js'),
    import('../model/rich-text-html.js'),
  ]);
  return richToWordPressHtml(markdownToRich(markdown));
}

/** WordPress's names for the comment fields, as Parley's form names them; a Map, so `__proto__` names nothing. */
const fieldOfParam = new Map<string, keyof FieldErrors>([
  ['author_name', 'author'],
  ['author_email', 'email'],
  ['author_url', 'url'],
  ['content', 'content'],
]);

export const LOGIN_REQUIRED_MESSAGE =
  'This site accepts comments only from logged-in users. Site owner: to take comments through Parley, ' +
  'allow anonymous REST comments with the one-line mu-plugin described in Parley\'s "Backends" documentation.';

/** The error a reader is shown for a refused comment, with the message on the field it concerns. */
function rejection(error: WpError, status: number, input: NewComment): BackendError {
  const message = htmlToText(error.message);
  const fields: FieldErrors = {};
  switch (error.code) {
    case 'rest_comment_author_data_required':
      if (!input.author.trim()) fields.author = message;
      if (!input.email.trim()) fields.email = message;
      if (!fields.author && !fields.email) Object.assign(fields, { author: message, email: message });
      break;
    case 'rest_invalid_param':
      for (const [param, text] of Object.entries(error.data?.params ?? {})) {
        const field = fieldOfParam.get(param);
        if (field) fields[field] = htmlToText(text);
      }
      break;
    case 'rest_comment_content_invalid':
    case 'comment_duplicate':
      fields.content = message;
      break;
    case 'rest_comment_login_required':
      return new BackendError('rejected', LOGIN_REQUIRED_MESSAGE, { status });
  }
  return new BackendError('rejected', message, { status, fields: Object.keys(fields).length ? fields : undefined });
}

export class WordPressBackend implements CommentBackend {
  /** Bodies arrive as HTML, read into the safe rich-text model. */
  readonly richText = true;
  /** Markdown is sent as the HTML WordPress allows in comments. */
  readonly features = ['markdown'] as const;
  readonly #endpoint: Endpoint;
  readonly #postId?: string;

  constructor(config: AdapterConfig) {
    this.#endpoint = new Endpoint(config);
    this.#postId = config.postId;
  }

  /** Counts for `<parley-count>`, several post ids at once: their code loads with the first count (`wordpress-count.ts`). */
  count = async (threads: readonly string[], options: { signal: AbortSignal }): Promise<Record<string, number>> =>
    (await import('./wordpress-count.js')).countThreads(this.#endpoint, threads, options);

  async list(query: ListQuery, { signal }: { signal: AbortSignal }): Promise<CommentPage> {
    const page = pageOf(query.cursor, 'WordPress');
    const url = this.#endpoint.url(COMMENTS);
    url.searchParams.set('post', String(this.#post(query.thread)));
    url.searchParams.set('per_page', String(Math.min(Math.max(query.limit, 1), MAX_PER_PAGE)));
    url.searchParams.set('page', String(page));
    url.searchParams.set('order', query.order === 'newest' ? 'desc' : 'asc');
    url.searchParams.set('_fields', LISTED_FIELDS);
    const response = await this.#endpoint.send(url, { signal });
    if (response.status !== 200) throw statusError(response);
    const read = { comments: [] as Comment[], unreadable: [] as string[] };
    readEach(parseAnswer(anyList, response.body), wpCommentSchema, commentFromWordPress, read);
    const total = Number(parseAnswer(totalHeader, response.headers.get('X-WP-Total') ?? undefined));
    const pages = Number(parseAnswer(totalHeader, response.headers.get('X-WP-TotalPages') ?? undefined));
    return { ...read, total, next: page < pages ? String(page + 1) : null };
  }

  /**
   * Posts without an `Idempotency-Key`: WordPress's CORS answer does not allow it; its duplicate check (409)
   * stands in. A duplicate of this comment's own earlier attempt (stored, but its answer lost) is a success.
   */
  async create(
    input: NewComment,
    { signal, idempotencyKey }: { signal: AbortSignal; idempotencyKey: string },
  ): Promise<Comment> {
    const again = sendingAgain(idempotencyKey);
    const sent = input.format === 'markdown' ? { ...input, content: await asWordPressHtml(input.content) } : input;
    const response = await post(this.#endpoint, this.#endpoint.url(COMMENTS), {
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(wordPressFromNewComment(sent, this.#post(input.thread))),
      signal,
    });
    if (response.status === 200 || response.status === 201) {
      return commentFromWordPress(parseAnswer(wpCommentSchema, response.body));
    }
    const error = z.safeParse(wpErrorSchema, response.body);
    if (again && error.success && error.data.code === 'comment_duplicate')
      return this.#stored(input, idempotencyKey, signal);
    if (error.success && response.status >= 400 && response.status < 500 && response.status !== 429) {
      throw rejection(error.data, response.status, input);
    }
    throw statusError(response, error.success ? htmlToText(error.data.message) : undefined);
  }

  /**
   * The comment an earlier attempt stored: found among the newest of its post and parent, or, when WordPress does
   * not list it to anonymous readers (held for moderation), shown to its author as held.
   */
  async #stored(input: NewComment, idempotencyKey: string, signal: AbortSignal): Promise<Comment> {
    const held = heldCopy(input, idempotencyKey);
    const url = this.#endpoint.url(COMMENTS);
    url.searchParams.set('post', String(this.#post(input.thread)));
    url.searchParams.set('parent', input.parentId ?? '0');
    url.searchParams.set('per_page', '20');
    url.searchParams.set('order', 'desc');
    url.searchParams.set('_fields', LISTED_FIELDS);
    try {
      const response = await this.#endpoint.send(url, { signal });
      if (response.status === 200) {
        const listed = { comments: [] as Comment[], unreadable: [] as string[] };
        readEach(parseAnswer(anyList, response.body), wpCommentSchema, commentFromWordPress, listed);
        return listed.comments.find((comment) => isSameComment(comment, held)) ?? held;
      }
    } catch (error) {
      if (signal.aborted) throw error;
    }
    return held;
  }

  /** The post id: `post-id` when set, else a numeric thread. */
  #post(thread: string): number {
    const id = this.#postId ?? thread;
    if (!/^\d+$/.test(id)) {
      throw new BackendError(
        'invalid',
        `WordPress keys comments by post id: set post-id="…" on <parley-comments> (the thread "${thread}" is not a number).`,
      );
    }
    return Number(id);
  }
}
