/** The comment model: the zod schemas a backend's answers must pass, and the types inferred from them. */
import * as z from 'zod/mini';
import type { RichNode } from './rich-text.js';

// zod/mini would otherwise probe `new Function`, which a strict Content-Security-Policy reports as a violation.
z.config({ jitless: true });

const text = z.string();
const optionalText = z.nullable(text);

/*
 * Each kind of zod check or schema adds its own code to the bundle, and every chunk's zod code lands in
 * parley.js. So Parley's schemas, adapters' included, keep to a small set: object, array, string,
 * nullable, optional, and tests written as plain functions (custom, refine) through these helpers.
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
  status: where(text, (status) => status === 'approved' || status === 'pending') as z.ZodMiniType<'approved' | 'pending'>,
});

export const commentPageSchema = z.object({
  comments: z.array(commentSchema),
  total: wholeNumber(),
  next: optionalText,
});

const fieldMessage = z.optional(text);
const fieldMessages = z.object({ author: fieldMessage, email: fieldMessage, url: fieldMessage, content: fieldMessage });

/** The body of a 400/422 answer of the Parley REST protocol. */
export const errorBodySchema = z.object({
  error: text,
  fields: z.optional(fieldMessages),
});

/**
 * One comment. `content` is plain text; adapters whose backend sends HTML also fill `rich`
 * with the safe model of it, which is what gets displayed.
 */
export type Comment = z.infer<typeof commentSchema> & { rich?: RichNode[] };
export interface CommentPage {
  comments: Comment[];
  total: number;
  next: string | null;
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
