/** The Parley REST protocol (DESIGN.md §5) implemented in the browser with msw: the demo's backend, and the tests'. */
import { http, HttpResponse, delay } from 'msw';
import type { Comment, NewComment } from '../src/model/comment.js';

export interface StoredComment extends Comment {
  thread: string;
  email: string;
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
}

const publicComment = ({ thread: _thread, email: _email, ...comment }: StoredComment): Comment => comment;

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

export function createRestHandlers({ api, store, latency = 0, holdWords = [], now = () => new Date() }: MockOptions) {
  const base = api.replace(/\/+$/, '');
  const keys = new Map<string, Comment>();
  return [
    http.get(`${base}/comments`, async ({ request }) => {
      await delay(latency);
      const url = new URL(request.url);
      const thread = url.searchParams.get('thread') ?? '';
      const limit = Math.max(1, Math.min(500, Number(url.searchParams.get('limit')) || 50));
      const order = url.searchParams.get('order') === 'newest' ? 'newest' : 'oldest';
      const offset = Number(url.searchParams.get('cursor') ?? 0) || 0;
      const visible = store.load().filter((comment) => comment.thread === thread && comment.status === 'approved');
      if (order === 'newest') visible.reverse();
      const page = visible.slice(offset, offset + limit);
      const next = offset + limit < visible.length ? String(offset + limit) : null;
      return HttpResponse.json({ comments: page.map(publicComment), total: visible.length, next });
    }),
    http.post(`${base}/comments`, async ({ request }) => {
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
      };
      store.save([...comments, stored]);
      const comment = publicComment(stored);
      if (key) keys.set(key, comment);
      return HttpResponse.json(comment, { status: 201 });
    }),
  ];
}
