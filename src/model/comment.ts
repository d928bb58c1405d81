/** The comment model: the zod schemas a backend's answers must pass, and the types inferred from them. */
import * as z from 'zod/mini';
import type { RichNode } from './rich-text.js';

// zod/mini would otherwise probe `new Function`, which a strict Content-Security-Policy reports as a violation.
z.config({ jitless: true });

const text = z.string();
const optionalText = z.nullable(text);

/*
 * Each kind of zod check or schema adds its own code to the bundle, and every chunk's zod code lands in
 * parley.js. So Parley's schemas, adapters' included, keep to a small set: object, string,
 * nullable, optional (no array: a list is checked item by item), and tests written as plain functions (custom, refine) through these helpers.
 */

/** Refines a schema with a test. */
export const where = <T>(schema: z.ZodMiniType<T>, test: (value: T) => boolean, error?: string) =>
  schema.check(z.refine(test, error === undefined ? undefined : { error }));

/** A whole number, at least `min`. */
export const wholeNumber = (min = 0) => z.custom<number>((value) => Number.isInteger(value) && value >= min);

export const commentSchema = z.object({
  id: where(text, (id) => id !== ''),
  parentId: optionalText,
  author: text,
  url: optionalText,
  avatar: optionalText,
  content: text,
  createdAt: where(text, (date) => /^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(date) && !Number.isNaN(Date.parse(date))),
  status: where(text, (status) => status === 'approved' || status === 'pending') as z.ZodMiniType<
    'approved' | 'pending'
  >,
});

/**
 * A page as a whole: its comments are checked one by one, just before each is drawn (`checkComment`), so a long
 * page starts drawing at once and one bad comment never blanks a discussion.
 */
export const commentPageSchema = z.object({
  comments: z.custom<Comment[]>(Array.isArray),
  total: wholeNumber(),
  next: optionalText,
});

/** Why a value from a backend is not a comment that can be drawn (the first wrong field), or undefined when it is one. */
export function checkComment(value: unknown): string | undefined {
  const result = z.safeParse(commentSchema, value);
  return result.success ? undefined : describeUnreadable(idOf(value), result.error.issues[0]?.path.join('.') ?? '');
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

/**
 * One comment. `content` is plain text; adapters whose backend sends HTML also fill `rich`
 * with the safe model of it, which is what gets displayed.
 */
export type Comment = z.infer<typeof commentSchema> & { rich?: RichNode[] };
export interface CommentPage {
  comments: Comment[];
  total: number;
  next: string | null;
  /** Comments the adapter received but could not read, described for the site owner; they are left out and reported once. */
  unreadable?: string[];
}
export type CommentField = 'author' | 'email' | 'url' | 'content';
export type FieldErrors = Partial<Record<CommentField, string>>;
export type SortOrder = 'oldest' | 'newest';

/** What a reader submits; `email` goes to the backend and is never shown. */
export interface NewComment {
  thread: string;
  parentId: string | null;
  author: string;
  email: string;
  url: string | null;
  content: string;
}
