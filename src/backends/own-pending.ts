/** Keeps showing readers their own comments that await moderation, which backends do not list to anonymous readers. */
import type { Comment, CommentPage, NewComment } from '../model/comment.js';
import { isComment } from '../model/comment.js';
import { isList, isNumber, object } from '../model/shape.js';
import { DAY, isFresh, localStore, readStored, writeStored } from '../model/stored.js';
import type { RichNode } from '../model/rich-text.js';
import { isRichTag } from '../model/rich-text.js';
import { httpUrl } from '../model/http-url.js';
import type { CommentBackend, ListQuery } from './backend.js';

/** A held comment is shown to its author for this long at most, in case it is never approved. */
export const OWN_PENDING_MAX_AGE_MS = 7 * DAY;

/** Whether a stored value is the safe rich-text model: known tags only, and http(s) links only. */
function isRichNode(node: unknown): node is RichNode {
  if (typeof node === 'string') return true;
  if (typeof node !== 'object' || node === null) return false;
  const { tag, href, children } = node as Record<string, unknown>;
  return (
    isRichTag(tag) &&
    (href === undefined || (typeof href === 'string' && httpUrl(href) === href)) &&
    Array.isArray(children) &&
    children.every(isRichNode)
  );
}

const isRemembered = object({
  savedAt: isNumber,
  comment: (comment: unknown): comment is Comment =>
    isComment(comment) &&
    (comment.rich === undefined || (Array.isArray(comment.rich) && comment.rich.every(isRichNode))),
});
interface Remembered {
  savedAt: number;
  comment: Comment;
}

export interface OwnPendingOptions {
  /** Where comments are remembered; `localStorage` unless given. */
  storage?: Storage;
  now?: () => number;
}

/**
 * A comment's text as compared with what a backend lists, whatever markup it added or took away: Markdown link
 * targets dropped, then letters and digits only. (No bracket is crossed, so this stays linear.)
 */
export const comparableText = (text: string): string =>
  text
    .replace(/\]\([^()\s\]]*\)/g, ']')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Whether a listed comment is a remembered one: the same id, or (for one whose id was never learnt) the same
 * parent, author and text.
 */
export function isSameComment(listed: Comment, remembered: Comment): boolean {
  if (listed.id === remembered.id) return true;
  if (listed.parentId !== remembered.parentId || comparableText(listed.author) !== comparableText(remembered.author))
    return false;
  const text = comparableText(remembered.content);
  return text !== '' && comparableText(listed.content) === text;
}

/**
 * A comment as the reader wrote it, shown to them as awaiting moderation: for a backend that stored it but whose
 * answer was lost, and that does not list it. Never the email.
 */
export function heldCopy(input: NewComment, idempotencyKey: string, now = Date.now()): Comment {
  return {
    id: `unlisted-${idempotencyKey}`,
    parentId: input.parentId,
    author: input.author,
    url: httpUrl(input.url) ?? null,
    avatar: null,
    content: input.content,
    createdAt: new Date(now).toISOString(),
    status: 'pending',
  };
}

/**
 * Wraps a backend: a comment it creates with status `pending` is remembered per thread, in `localStorage`,
 * and merged into the first page of that thread until the backend lists it itself (see `isSameComment`) or it is a
 * week old.
 * Only what will be published is kept, never the email. Whatever is found in storage is validated; anything
 * unreadable is ignored.
 */
export function withOwnPending(
  backend: CommentBackend,
  storageKeyPrefix: string,
  options: OwnPendingOptions = {},
): CommentBackend {
  const storage = options.storage ?? localStore();
  const now = options.now ?? Date.now;
  const keyOf = (thread: string) => `${storageKeyPrefix}${thread}`;

  /** The remembered comments of a thread: each entry is checked on its own, and one unreadable entry is dropped. */
  function read(thread: string): Remembered[] {
    return (readStored(keyOf(thread), isList, storage) ?? []).filter(isRemembered);
  }

  const write = (thread: string, entries: Remembered[]) =>
    writeStored(keyOf(thread), entries.length ? entries : undefined, storage);

  /** The remembered comments still worth showing: not expired, not listed by the backend. */
  function stillPending(thread: string, listed: Comment[]): Remembered[] {
    const entries = read(thread);
    const kept = entries.filter(
      ({ savedAt, comment }) =>
        isFresh(savedAt, OWN_PENDING_MAX_AGE_MS, now()) && !listed.some((other) => isSameComment(other, comment)),
    );
    if (kept.length !== entries.length) write(thread, kept);
    return kept;
  }

  return {
    // What the adapter declares as its own properties (`richText`, its likes) passes through as it is.
    ...backend,
    async list(query: ListQuery, listOptions: { signal: AbortSignal }): Promise<CommentPage> {
      const page = await backend.list(query, listOptions);
      const pending = stillPending(query.thread, page.comments);
      if (query.cursor !== undefined || pending.length === 0) return page;
      const own = pending
        .map(({ comment }): Comment => ({ ...comment, status: 'pending' }))
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
      const comments = query.order === 'newest' ? [...own.reverse(), ...page.comments] : [...page.comments, ...own];
      return { ...page, comments, total: page.total + own.length };
    },

    async create(input: NewComment, createOptions: { signal: AbortSignal; idempotencyKey: string }): Promise<Comment> {
      const comment = await backend.create(input, createOptions);
      if (comment.status === 'pending') {
        const { id, parentId, author, url, avatar, content, createdAt, status, rich } = comment;
        const kept = { id, parentId, author, url, avatar, content, createdAt, status, ...(rich ? { rich } : {}) };
        const others = read(input.thread).filter((entry) => entry.comment.id !== id);
        write(input.thread, [...others, { savedAt: now(), comment: kept }]);
      }
      return comment;
    },
  };
}
