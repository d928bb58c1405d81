/**
 * The comment model: what a backend's comments and pages must hold, checked by plain tests. zod is kept off the path
 * to the first comment (it is a fifth of what that path would weigh); the chunks that read other shapes use it
 * through `model/zod.ts`.
 */
import type { RichNode } from './rich-text.js';
import { BackendError } from './errors.js';
import { isList, isRecord, isText, nullable } from './shape.js';

/**
 * One comment. `content` is plain text; adapters whose backend sends HTML also fill `rich`
 * with the safe model of it, which is what gets displayed.
 */
export interface Comment {
  id: string;
  parentId: string | null;
  author: string;
  url: string | null;
  avatar: string | null;
  content: string;
  /** ISO 8601. */
  createdAt: string;
  status: 'approved' | 'pending';
  /** The language `content` is written in (a BCP 47 tag), when the backend knows it; else the section's. */
  lang?: string;
  rich?: RichNode[];
  /** How many readers liked it, from a backend with votes; checked by the like button's code, which reads it. */
  likes?: number;
  /** How `content` is written: a `rest` server lists a comment posted in Markdown with `"markdown"`; plain text otherwise. */
  format?: TextFormat;
  /** When its author last edited it (ISO 8601); the comment then says "Edited". */
  editedAt?: string;
  /**
   * Only on a comment the reader has just created, from a backend that lets its author edit it for a while: the
   * token that proves it is theirs, and until when (ISO 8601). Kept in the reader's browser (`drafts/editable.ts`),
   * never shown, and not passed on with the comment.
   */
  editToken?: string;
  editableUntil?: string;
}

type Test = (value: unknown) => boolean;

/** An ISO 8601 time with at least hours and minutes, that the browser can read. */
export const isTime = (date: unknown): date is string =>
  isText(date) && /^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(date) && !Number.isNaN(Date.parse(date));

const isOptionalText = nullable(isText);

/** What each field must hold, in the order the first wrong one is named. */
const COMMENT_FIELDS: Record<
  Exclude<keyof Comment, 'rich' | 'likes' | 'format' | 'editedAt' | 'editToken' | 'editableUntil'>,
  Test
> = {
  id: (id) => isText(id) && id !== '',
  parentId: isOptionalText,
  author: isText,
  url: isOptionalText,
  avatar: isOptionalText,
  content: isText,
  createdAt: isTime,
  status: (status) => status === 'approved' || status === 'pending',
  lang: (lang) => lang === undefined || isText(lang),
};

/** A page as a whole: its comments are checked one by one, just before each is drawn (`checkComment`). */
const PAGE_FIELDS: Record<Exclude<keyof CommentPage, 'unreadable'>, Test> = {
  comments: isList,
  total: (total) => Number.isInteger(total) && (total as number) >= 0,
  next: isOptionalText,
};

/** The first field of `value` that fails its test: '' when `value` is not an object, undefined when none fails. */
function wrongField(value: unknown, fields: Record<string, Test>): string | undefined {
  if (!isRecord(value)) return '';
  return Object.entries(fields).find(([name, test]) => !test(value[name]))?.[0];
}

/** Whether a value from a backend is a comment that can be drawn. */
export const isComment = (value: unknown): value is Comment => wrongField(value, COMMENT_FIELDS) === undefined;

/** Why a value from a backend is not a comment that can be drawn (the first wrong field), or undefined when it is one. */
export function checkComment(value: unknown): string | undefined {
  const field = wrongField(value, COMMENT_FIELDS);
  return field === undefined ? undefined : describeUnreadable(idOf(value), field);
}

/** Reads an answer that must be a comment, or a page of comments whose envelope fits; anything else is `invalid`. */
export function readAnswer(kind: 'comment', body: unknown): Comment;
export function readAnswer(kind: 'page', body: unknown): CommentPage;
export function readAnswer(kind: 'comment' | 'page', body: unknown): Comment | CommentPage {
  const field = wrongField(body, kind === 'page' ? PAGE_FIELDS : COMMENT_FIELDS);
  if (field !== undefined) throw new BackendError('invalid', `Unexpected answer at ${field}`);
  if (kind === 'page') return body as CommentPage;
  // Only what a comment holds is kept: nothing else a backend sends travels on into the list or the browser's storage.
  const { id, parentId, author, url, avatar, content, createdAt, status, lang, format } = body as Comment;
  const comment: Comment = { id, parentId, author, url, avatar, content, createdAt, status, ...(lang && { lang }) };
  return format === 'markdown' ? { ...comment, format } : comment;
}

/** Whether a value has what placing it in the reply tree needs: an id, and a parent id or null. */
export function isThreadable(value: unknown): value is Comment {
  const { id, parentId } = (value ?? {}) as Partial<Comment>;
  return typeof id === 'string' && id !== '' && (parentId === null || typeof parentId === 'string');
}

/** The `id` field of what may be a comment, whatever it holds. */
export const idOf = (value: unknown): unknown => (value as { id?: unknown } | null)?.id;

/** Names an unreadable comment for the site owner: its id when it has one, and what is wrong with it. */
export function describeUnreadable(id: unknown, problem: string): string {
  return `${(typeof id === 'string' && id) || typeof id === 'number' ? `"${id}"` : 'a comment without an id'} (${problem})`;
}

/** The error reported once for the comments left out of a page because they could not be read. */
export function unreadableError(descriptions: readonly string[]): Error {
  return new Error(`Parley left out ${descriptions.length} comment(s) it could not read: ${descriptions.join(', ')}`);
}

export interface CommentPage {
  comments: Comment[];
  total: number;
  next: string | null;
  /** Comments the adapter received but could not read, described for the site owner; they are left out and reported once. */
  unreadable?: string[];
}
export type CommentField = 'author' | 'email' | 'url' | 'content';
export type FieldErrors = Partial<Record<CommentField, string>>;
/** `top`: most liked first, from a backend with votes. Replies stay oldest first under their parent in every order. */
export type SortOrder = 'oldest' | 'newest' | 'top';

/** What a reader submits; `email` goes to the backend and is never shown. */
export interface NewComment {
  thread: string;
  parentId: string | null;
  author: string;
  email: string;
  url: string | null;
  content: string;
  /** How `content` is written: plain text unless the backend declares `markdown` and the reader used it. */
  format?: TextFormat;
  /** The reader asked to be mailed about replies (a backend that declares `notify`). */
  notify?: boolean;
  /** The token of the page's captcha provider, asked for right before each attempt; never stored. */
  captcha?: string;
}

/** How a comment's text is written. */
export type TextFormat = 'text' | 'markdown';
