/** The Parley REST protocol (DESIGN.md §5) implemented in the browser with msw: the demo's backend, and the tests'. */
import { http, HttpResponse, delay } from 'msw';
import type { HttpHandler } from 'msw';
import type { Comment, NewComment, TextFormat } from '../src/model/comment.js';
import type { ReaderFeature } from '../src/backends/backend.js';

export interface StoredComment extends Comment {
  thread: string;
  email: string;
  /** The reader tokens that liked it (the `likes` extension). */
  likedBy?: string[];
  /** The author asked for mail about replies (`notify`). */
  notify?: boolean;
  /** How its text is written, when it came as Markdown. */
  format?: TextFormat;
  /** The token its author may change it with, and until when (the `edit` extension). */
  editToken?: string;
  editableUntil?: string;
}

/** Where the mock keeps its comments: memory for tests, `localStorage` for the demo. */
export interface CommentStore {
  load(): StoredComment[];
  save(comments: StoredComment[]): void;
}

export const memoryStore = (initial: StoredComment[] = []): CommentStore => {
  let comments = structuredClone(initial);
  return { load: () => comments, save: (next) => (comments = next) };
};

export const localStorageStore = (key: string, seed: () => StoredComment[]): CommentStore => ({
  load() {
    try {
      const stored = localStorage.getItem(key);
      if (stored) return JSON.parse(stored) as StoredComment[];
    } catch {
      // A damaged store starts again from the seed.
    }
    return seed();
  },
  save(comments) {
    localStorage.setItem(key, JSON.stringify(comments));
  },
});

export interface MockOptions {
  /** Base URL the handlers answer, e.g. `/api`. */
  api: string;
  store: CommentStore;
  /** Milliseconds each answer waits, to make loading states visible. */
  latency?: number;
  /** Comments whose text contains one of these words are held for moderation. */
  holdWords?: string[];
  /** Clock for the `createdAt` of new comments. */
  now?: () => Date;
  /** Whether the server has likes: comments carry `likes`, `order=top` sorts by them, and likes can be sent. */
  likes?: boolean;
  /** The reader features declared with each page, as `extensions` (none unless given). */
  features?: ReaderFeature[];
  /** When set, a post must carry this `captcha` token, or it is refused. */
  captchaToken?: string;
  /** Receives the mail the server would send about replies, to whom and about which comment. */
  mail?: (to: string, reply: Comment) => void;
  /** With the `edit` feature: how long the author of a new comment may edit or delete it, in milliseconds (15 minutes). */
  editWindow?: number;
}

export const CAPTCHA_REFUSED = 'The captcha check failed: please try again.';

const publicComment = ({
  thread: _thread,
  email: _email,
  likedBy: _likedBy,
  notify: _notify,
  editToken: _editToken,
  editableUntil: _editableUntil,
  ...comment
}: StoredComment): Comment => comment;

const fieldRules: Array<[keyof Body, (value: unknown) => boolean, string]> = [
  ['content', (value) => typeof value === 'string' && value.trim() !== '', 'Please type your comment.'],
  ['author', (value) => typeof value === 'string' && value.trim() !== '', 'Please enter your name.'],
  [
    'email',
    (value) => typeof value === 'string' && /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(value),
    'Please enter a valid email address.',
  ],
  [
    'url',
    (value) => value === null || (typeof value === 'string' && /^https?:\/\//.test(value)),
    'Websites must start with http:// or https://.',
  ],
];

/** What a page posts: the Parley protocol's new comment. */
type Body = NewComment;

/**
 * The mock's handlers, each named by what it answers, so a test can take one by its name and put its own in front
 * of it; `everyHandler` lists them all, for a worker or a server that answers them all.
 */
export type RestHandlers = {
  /** `GET {api}/comments`: a page of a thread. */
  list: HttpHandler;
  /** `POST {api}/comments`: a new comment. */
  post: HttpHandler;
  /** `GET {api}/comments/count`: the counts of threads. */
  count: HttpHandler;
  /** With `likes`: `POST {api}/comments/:id/likes` likes a comment, `DELETE` takes the like back. */
  like?: HttpHandler;
  unlike?: HttpHandler;
  /** With the `edit` feature: `PATCH {api}/comments/:id` changes a comment's text, `DELETE` deletes it. */
  edit?: HttpHandler;
  remove?: HttpHandler;
};

/** Every handler of the mock, in no order that matters: no two answer the same method and path. */
export const everyHandler = (handlers: RestHandlers): HttpHandler[] =>
  Object.values(handlers).filter((handler) => handler !== undefined);

/** The Parley REST protocol's handlers for msw, answering at `api` from `store`. */
export function createRestHandlers({
  api,
  store,
  latency = 0,
  holdWords = [],
  now = () => new Date(),
  likes = false,
  features,
  captchaToken,
  mail,
  editWindow = 15 * 60 * 1000,
}: MockOptions): RestHandlers {
  const base = api.replace(/\/+$/, '');
  const keys = new Map<string, Comment>();
  const shown = (comment: StoredComment): Comment =>
    likes ? { ...publicComment(comment), likes: comment.likedBy?.length ?? 0 } : publicComment(comment);
  /** `POST` likes, `DELETE` takes the like back: once per reader token, refused without one or for a comment not shown. */
  const like =
    (on: boolean) =>
    async ({ request, params }: { request: Request; params: Record<string, unknown> }) => {
      await delay(latency);
      const reader = request.headers.get('Reader-Token');
      if (!reader) return HttpResponse.json({ error: 'A reader token is required.' }, { status: 400 });
      const comments = store.load();
      const comment = comments.find(({ id, status }) => id === params.id && status === 'approved');
      if (!comment) return HttpResponse.json({ error: 'No such comment.' }, { status: 404 });
      const likedBy = (comment.likedBy ?? []).filter((token) => token !== reader);
      comment.likedBy = on ? [...likedBy, reader] : likedBy;
      store.save(comments);
      return HttpResponse.json({ likes: comment.likedBy.length });
    };
  /**
   * The `edit` extension: `PATCH` changes the text, `DELETE` deletes, with the token the post was answered with
   * (`Authorization: Bearer <token>`), until its window closes.
   */
  const change =
    (edit: boolean) =>
    async ({ request, params }: { request: Request; params: Record<string, unknown> }) => {
      await delay(latency);
      const comments = store.load();
      const comment = comments.find(({ id }) => id === params.id);
      if (!comment) return HttpResponse.json({ error: 'No such comment.' }, { status: 404 });
      const token = /^Bearer (.+)$/.exec(request.headers.get('Authorization') ?? '')?.[1];
      if (!comment.editToken || token !== comment.editToken) {
        return HttpResponse.json({ error: 'This comment is not yours to change.' }, { status: 403 });
      }
      if (now().getTime() >= Date.parse(comment.editableUntil ?? '')) {
        return HttpResponse.json({ error: 'The time to change this comment has passed.' }, { status: 410 });
      }
      if (!edit) {
        store.save(comments.filter((other) => other !== comment));
        return new HttpResponse(null, { status: 204 });
      }
      let body: Partial<Body>;
      try {
        body = (await request.json()) as Partial<Body>;
      } catch {
        return HttpResponse.json({ error: 'The request body is not JSON.' }, { status: 400 });
      }
      const [, valid, message] = fieldRules[0];
      if (!valid(body.content)) {
        return HttpResponse.json(
          { error: 'Some fields need attention.', fields: { content: message } },
          { status: 422 },
        );
      }
      comment.content = body.content!.trim();
      comment.editedAt = now().toISOString();
      if (features?.includes('markdown')) comment.format = body.format === 'markdown' ? 'markdown' : undefined;
      store.save(comments);
      return HttpResponse.json(shown(comment));
    };
  return {
    list: http.get(`${base}/comments`, async ({ request }) => {
      await delay(latency);
      const url = new URL(request.url);
      const thread = url.searchParams.get('thread') ?? '';
      const limit = Math.max(1, Math.min(500, Number(url.searchParams.get('limit')) || 50));
      // Without likes, `top` is listed as the default order, as the protocol asks of such servers.
      const order = url.searchParams.get('order');
      const offset = Number(url.searchParams.get('cursor') ?? 0) || 0;
      const since = Date.parse(url.searchParams.get('since') ?? '');
      const inThread = store.load().filter((comment) => comment.thread === thread && comment.status === 'approved');
      const total = inThread.length;
      const visible = Number.isNaN(since)
        ? inThread
        : inThread.filter((comment) => Date.parse(comment.createdAt) > since);
      if (order === 'newest') visible.reverse();
      if (order === 'top' && likes) visible.sort((a, b) => (b.likedBy?.length ?? 0) - (a.likedBy?.length ?? 0));
      const page = visible.slice(offset, offset + limit);
      const next = offset + limit < visible.length ? String(offset + limit) : null;
      return HttpResponse.json({
        comments: page.map(shown),
        total,
        next,
        ...(features ? { extensions: features } : {}),
      });
    }),
    post: http.post(`${base}/comments`, async ({ request }) => {
      await delay(latency);
      const key = request.headers.get('Idempotency-Key');
      if (key && keys.has(key)) return HttpResponse.json(keys.get(key), { status: 201 });
      let body: Body;
      try {
        body = (await request.json()) as Body;
      } catch {
        return HttpResponse.json({ error: 'The request body is not JSON.' }, { status: 400 });
      }
      const fields: Record<string, string> = {};
      for (const [field, valid, message] of fieldRules) if (!valid(body[field])) fields[field] = message;
      if (Object.keys(fields).length) {
        return HttpResponse.json({ error: 'Some fields need attention.', fields }, { status: 422 });
      }
      if (captchaToken !== undefined && body.captcha !== captchaToken) {
        return HttpResponse.json({ error: CAPTCHA_REFUSED }, { status: 400 });
      }
      const markdown = features?.includes('markdown') && body.format === 'markdown';
      const editable = features?.includes('edit');
      const notify = features?.includes('notify') && body.notify === true;
      const comments = store.load();
      const held = holdWords.some((word) => body.content.toLowerCase().includes(word.toLowerCase()));
      const stored: StoredComment = {
        id: `c${comments.length + 1}-${Math.random().toString(36).slice(2, 8)}`,
        thread: body.thread,
        parentId: body.parentId,
        author: body.author.trim(),
        email: body.email,
        url: body.url,
        avatar: null,
        content: body.content.trim(),
        createdAt: now().toISOString(),
        status: held ? 'pending' : 'approved',
        ...(markdown ? { format: 'markdown' as const } : {}),
        ...(notify ? { notify } : {}),
        ...(editable
          ? { editToken: crypto.randomUUID(), editableUntil: new Date(now().getTime() + editWindow).toISOString() }
          : {}),
      };
      store.save([...comments, stored]);
      // Only its author hears the token, in the answer to their post.
      const comment = editable
        ? { ...shown(stored), editToken: stored.editToken, editableUntil: stored.editableUntil }
        : shown(stored);
      const parent = comments.find((other) => other.id === stored.parentId);
      if (parent?.notify && !held) mail?.(parent.email, comment);
      if (key) keys.set(key, comment);
      return HttpResponse.json(comment, { status: 201 });
    }),
    count: http.get(`${base}/comments/count`, async ({ request }) => {
      await delay(latency);
      const threads = new URL(request.url).searchParams.getAll('thread');
      const approved = store.load().filter((comment) => comment.status === 'approved');
      const counts = Object.fromEntries(
        threads.map((thread) => [thread, approved.filter((comment) => comment.thread === thread).length]),
      );
      return HttpResponse.json({ counts });
    }),
    ...(likes
      ? {
          like: http.post(`${base}/comments/:id/likes`, like(true)),
          unlike: http.delete(`${base}/comments/:id/likes`, like(false)),
        }
      : {}),
    ...(features?.includes('edit')
      ? {
          edit: http.patch(`${base}/comments/:id`, change(true)),
          remove: http.delete(`${base}/comments/:id`, change(false)),
        }
      : {}),
  };
}
