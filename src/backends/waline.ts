/** The `waline` adapter: reads and posts comments through a Waline server's `/api/comment`. */
import * as z from '../model/zod.js';
import type { Comment, CommentPage, FieldErrors, NewComment } from '../model/comment.js';
import { wholeNumber } from '../model/zod.js';
import { anyList, anyNumber, isStringRecord, matching, MAX_TIME, pageOf, parseAnswer, readEach } from './schemas.js';
import { httpUrl, parseRichText, richTextToPlain } from '../model/rich-text-parse.js';
import type { AdapterConfig, CommentBackend, LikeOptions, ListQuery } from './backend.js';
import { BackendError } from '../model/errors.js';
import { Endpoint } from './endpoint.js';
import { statusError } from './http.js';
import { post } from './post.js';
import { sendingAgain } from './sent-keys.js';
import { heldCopy, isSameComment } from './own-pending.js';

/** A Waline comment's id, as an unreadable one is named. */
const objectIdOf = (item: unknown) => (item as { objectId?: unknown } | null)?.objectId;

/** Where a Waline server keeps comments. */
const COMMENTS = '/api/comment';

/** Waline's names for the orders; `like_desc` sorts the threads by their first comment's likes. */
const SORT_BY = { oldest: 'insertedAt_asc', newest: 'insertedAt_desc', top: 'like_desc' } as const;

/** Waline refuses pages larger than this. */
const MAX_PAGE_SIZE = 100;

/** Ids are numbers with SQL storage and strings with document stores. */
const walineId = matching<string | number>((id) => (typeof id === 'string' && id !== '') || typeof id === 'number');

const walineReplyShape = {
  objectId: walineId,
  /** Unescaped text written by the reader: never markup. */
  nick: z.optional(z.nullable(z.string())),
  /** Whatever the reader typed as their website, unchecked. */
  link: z.optional(z.nullable(z.string())),
  avatar: z.optional(z.nullable(z.string())),
  /** HTML rendered from the reader's Markdown. */
  comment: z.string(),
  /** Milliseconds since 1970; beyond what a date can hold, it is refused. */
  time: matching<number>((time) => Number.isInteger(time) && (time as number) >= 0 && (time as number) <= MAX_TIME),
  status: z.optional(z.string()),
  pid: z.optional(z.nullable(walineId)),
  rid: z.optional(z.nullable(walineId)),
  /** How many likes it has; read as a count only when it is one. */
  like: z.optional(matching<unknown>(() => true)),
};
const walineReplySchema = z.object(walineReplyShape);
type WalineComment = z.infer<typeof walineReplySchema>;

/** A comment of `?type=recent`, which lists the newest comments of every thread of the site. */
const walineRecentSchema = z.object({ ...walineReplyShape, url: z.optional(z.string()) });

const walinePageSchema = z.object({
  page: wholeNumber(1),
  totalPages: wholeNumber(),
  count: wholeNumber(),
  data: anyList,
});

/** Every answer is wrapped so; `errno` other than 0 is a failure, whatever the HTTP status. */
const envelopeSchema = z.object({
  errno: anyNumber,
  errmsg: z.optional(
    matching<string | Record<string, string>>((message) => typeof message === 'string' || isStringRecord(message)),
  ),
  data: z.optional(matching<unknown>(() => true)),
});
type Envelope = z.infer<typeof envelopeSchema>;

/** A reader's website as Waline's own client links it: bare host names get `https://`. */
function authorUrl(link: string | null | undefined): string | null {
  const value = link?.trim();
  if (!value) return null;
  if (/^[a-z][a-z\d+.-]*:/i.test(value)) return httpUrl(value) ?? null;
  return /^[\w-]+(\.[\w-]+)+(?:[/?#]|$)/.test(value) ? (httpUrl(`https://${value}`) ?? null) : null;
}

/** The Parley comment a Waline comment shows as. */
export function commentFromWaline(waline: WalineComment, fallbackParent: string | null = null): Comment {
  const rich = parseRichText(waline.comment);
  return {
    id: String(waline.objectId),
    parentId: waline.pid == null || waline.pid === '' ? fallbackParent : String(waline.pid),
    author: waline.nick ?? '',
    url: authorUrl(waline.link),
    avatar: httpUrl(waline.avatar) ?? null,
    content: richTextToPlain(rich),
    rich,
    // A time no date can hold becomes an empty date, which the comment's own check refuses, rather than an exception.
    createdAt: new Date(waline.time).toJSON() ?? '',
    status: waline.status === undefined || waline.status === 'approved' ? 'approved' : 'pending',
    ...(Number.isSafeInteger(waline.like) && (waline.like as number) >= 0 ? { likes: waline.like as number } : {}),
  };
}

/**
 * The JSON body Waline expects for a new comment; `rid` is the root of the thread replied to. A captcha token goes
 * in both of the fields Waline's server reads (its `logic/base.js`): `turnstile` when TURNSTILE_SECRET is set,
 * `recaptchaV3` when RECAPTCHA_V3_SECRET is; it reads the one of its own provider.
 */
export function walineFromNewComment(input: NewComment, rootId: string | null) {
  return {
    url: input.thread,
    comment: input.content,
    nick: input.author,
    mail: input.email,
    link: input.url ?? '',
    ...(input.parentId === null ? {} : { pid: input.parentId, rid: rootId ?? input.parentId }),
    ...(input.captcha ? { turnstile: input.captcha, recaptchaV3: input.captcha } : {}),
  };
}

export const CAPTCHA_MESSAGE =
  "This site's comments server asks for a captcha check, which this page has not set up: your comment was not posted.";

export const CAPTCHA_FAILED_MESSAGE = 'The captcha check failed: your comment was not posted. Please try again.';

/** How Waline words its duplicate check's refusal ("Duplicate Content"). */
const DUPLICATE = /duplicate/i;

/** Waline's names for the comment fields, as Parley's form names them; a Map, so `__proto__` names nothing. */
const fieldOfParam = new Map<string, keyof FieldErrors>([
  ['nick', 'author'],
  ['mail', 'email'],
  ['link', 'url'],
  ['comment', 'content'],
]);

/** The error for a failed envelope: Waline's message, on the field it names when it names one. */
function failure(envelope: Envelope, status: number): BackendError {
  const { errmsg } = envelope;
  if (typeof errmsg === 'object') {
    const fields: FieldErrors = {};
    for (const [param, text] of Object.entries(errmsg)) {
      const field = fieldOfParam.get(param);
      if (field) fields[field] = text;
    }
    const message = Object.values(errmsg)[0] ?? 'The comment was refused.';
    return new BackendError('rejected', message, { status, fields: Object.keys(fields).length ? fields : undefined });
  }
  const message = errmsg || `The comments server refused the request (error ${envelope.errno}).`;
  const fields: FieldErrors | undefined = DUPLICATE.test(message) ? { content: message } : undefined;
  return new BackendError('rejected', message, { status, fields });
}

export class WalineBackend implements CommentBackend {
  /** Bodies arrive as HTML, read into the safe rich-text model. */
  readonly richText = true;
  /**
   * Waline renders what readers type as Markdown itself, so it is sent as it was typed. It mails a comment's author
   * about replies whenever its own mail settings are on, and takes no wish either way: no `notify`. Only logged-in
   * users may edit: no `edit`.
   */
  readonly features = ['markdown'] as const;
  readonly #endpoint: Endpoint;
  /** The thread root of every comment seen, so a reply can name its `rid`. */
  readonly #rootOf = new Map<string, string>();
  /** Whether the server has listed comments to this page: a later 403 to a post is then its captcha check. */
  #listed = false;

  constructor(config: AdapterConfig) {
    this.#endpoint = new Endpoint(config);
  }

  /** Counts for `<parley-count>`, several threads at once: their code loads with the first count (`waline-count.ts`). */
  count = async (threads: readonly string[], options: { signal: AbortSignal }): Promise<Record<string, number>> =>
    (await import('./waline-count.js')).countThreads(this.#endpoint, threads, options);

  async list(query: ListQuery, { signal }: { signal: AbortSignal }): Promise<CommentPage> {
    const page = pageOf(query.cursor, 'Waline');
    const url = this.#endpoint.url(COMMENTS);
    url.searchParams.set('path', query.thread);
    url.searchParams.set('page', String(page));
    url.searchParams.set('pageSize', String(Math.min(Math.max(query.limit, 1), MAX_PAGE_SIZE)));
    url.searchParams.set('sortBy', SORT_BY[query.order]);
    const answer = parseAnswer(walinePageSchema, await this.#send(url, { signal }));
    this.#listed = true;
    const read = { comments: [] as Comment[], unreadable: [] as string[] };
    const byTime =
      query.order === 'newest'
        ? (a: Comment, b: Comment) => b.createdAt.localeCompare(a.createdAt)
        : (a: Comment, b: Comment) => a.createdAt.localeCompare(b.createdAt);
    for (const root of answer.data) {
      // A root and each of its replies are read one by one: replies of an unreadable root still show.
      const before = read.comments.length;
      readEach([root], walineReplySchema, commentFromWaline, read, objectIdOf);
      const rootId = read.comments[before]?.id ?? null;
      if (rootId) this.#rootOf.set(rootId, rootId);
      const { children } = root as { children?: unknown };
      const replies = { comments: [] as Comment[], unreadable: read.unreadable };
      readEach(
        Array.isArray(children) ? children : [],
        walineReplySchema,
        (reply) => commentFromWaline(reply, rootId),
        replies,
        objectIdOf,
      );
      for (const reply of replies.comments) this.#rootOf.set(reply.id, rootId ?? reply.id);
      read.comments.push(...replies.comments.sort(byTime));
    }
    return { ...read, total: answer.count, next: page < answer.totalPages ? String(page + 1) : null };
  }

  /**
   * Waline counts a like with `PUT {like: true}` and takes one back with `{like: false}`, from anyone: it keeps no
   * record of who liked, so once per reader is kept by the reader's browser alone. The answer is the comment.
   */
  like = (id: string, { signal }: LikeOptions) => this.#like(id, true, signal);
  unlike = (id: string, { signal }: LikeOptions) => this.#like(id, false, signal);

  async #like(id: string, like: boolean, signal: AbortSignal): Promise<number | undefined> {
    const url = this.#endpoint.url(`${COMMENTS}/${encodeURIComponent(id)}`);
    const answer = await this.#send(url, { method: 'PUT', body: JSON.stringify({ like }), signal });
    const result = z.safeParse(walineReplySchema, answer);
    return result.success ? commentFromWaline(result.data).likes : undefined;
  }

  /**
   * Posts without an `Idempotency-Key`: Waline's CORS answer allows only `Content-Type`. Its duplicate check
   * stands in: a duplicate of this comment's own earlier attempt (stored, but its answer lost) is a success.
   */
  async create(
    input: NewComment,
    { signal, idempotencyKey }: { signal: AbortSignal; idempotencyKey: string },
  ): Promise<Comment> {
    const rootId = input.parentId === null ? null : (this.#rootOf.get(input.parentId) ?? input.parentId);
    const body = walineFromNewComment(input, rootId);
    const again = sendingAgain(idempotencyKey);
    let answer: WalineComment;
    try {
      answer = parseAnswer(
        walineReplySchema,
        await this.#send(
          this.#endpoint.url(COMMENTS),
          { method: 'POST', body: JSON.stringify(body), signal },
          input.captcha,
        ),
      );
    } catch (error) {
      if (again && error instanceof BackendError && error.kind === 'rejected' && DUPLICATE.test(error.message)) {
        return this.#stored(input, idempotencyKey, signal);
      }
      throw error;
    }
    const comment = commentFromWaline(answer, input.parentId);
    this.#rootOf.set(comment.id, answer.rid == null || answer.rid === '' ? (rootId ?? comment.id) : String(answer.rid));
    return comment;
  }

  /**
   * The comment an earlier attempt stored: found among the server's most recent comments, or, when Waline does
   * not list it to anonymous readers (held for moderation), shown to its author as held.
   */
  async #stored(input: NewComment, idempotencyKey: string, signal: AbortSignal): Promise<Comment> {
    const held = heldCopy(input, idempotencyKey);
    const url = this.#endpoint.url(COMMENTS);
    url.searchParams.set('type', 'recent');
    url.searchParams.set('count', '20');
    try {
      for (const item of parseAnswer(anyList, await this.#send(url, { signal }))) {
        const result = z.safeParse(walineRecentSchema, item);
        if (!result.success || result.data.url !== input.thread) continue;
        const reply = result.data;
        const comment = commentFromWaline(reply);
        if (!isSameComment(comment, held)) continue;
        this.#rootOf.set(comment.id, reply.rid == null || reply.rid === '' ? comment.id : String(reply.rid));
        return comment;
      }
    } catch (error) {
      if (signal.aborted) throw error;
    }
    return held;
  }

  /** Sends a request and unwraps Waline's envelope, turning `errno` ≠ 0 into the error it stands for. */
  async #send(
    url: URL,
    init: { method?: string; body?: string; signal: AbortSignal },
    captcha?: string,
  ): Promise<unknown> {
    const response =
      init.body === undefined
        ? await this.#endpoint.send(url, init)
        : init.method === 'PUT'
          ? await this.#endpoint.send(url, {
              ...init,
              redirect: 'manual',
              headers: { 'Content-Type': 'application/json' },
            })
          : await post(this.#endpoint, url, { ...init, headers: { 'Content-Type': 'application/json' } });
    if (response.status === 200) {
      const answer = parseAnswer(envelopeSchema, response.body);
      if (answer.errno === 0) return answer.data;
      throw failure(answer, response.status);
    }
    if (response.status === 403 && init.body !== undefined && this.#listed) {
      // Turnstile or reCAPTCHA: without a good token Waline answers 403, before anything else is checked.
      if (captcha) throw new BackendError('rejected', CAPTCHA_FAILED_MESSAGE, { status: response.status });
      console.warn(
        `Parley: the Waline server ${this.#endpoint.url('')} lists comments but refused one with 403: it most likely requires a captcha ` +
          '(TURNSTILE_SECRET or RECAPTCHA_V3_SECRET is set): give the section a captcha provider of that kind (its `captcha` ' +
          "property, see Parley's README). (A server whose disallowIPList holds the reader's address answers the same.)",
      );
      throw new BackendError('rejected', CAPTCHA_MESSAGE, { status: response.status });
    }
    if (response.status === 401 || response.status === 403) {
      if (response.status === 403) {
        console.warn(
          `Parley: the Waline server ${this.#endpoint.url('')} refused this page with 403: if SECURE_DOMAINS is set on it, it must include this site's domain.`,
        );
      }
      throw new BackendError(
        'rejected',
        'This Waline server does not accept comments from this page or from readers who are not logged in.',
        {
          status: response.status,
        },
      );
    }
    const envelope = z.safeParse(envelopeSchema, response.body);
    throw statusError(
      response,
      envelope.success && typeof envelope.data.errmsg === 'string' ? envelope.data.errmsg : undefined,
    );
  }
}
