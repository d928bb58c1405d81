/** The comment model: the zod schemas a backend's answers must pass, and the types inferred from them. */
import * as z from 'zod/mini';
import type { RichNode } from './rich-text.js';

export const commentSchema = z.object({
  id: z.string().check(z.minLength(1)),
  parentId: z.nullable(z.string()),
  author: z.string(),
  url: z.nullable(z.string()),
  avatar: z.nullable(z.string()),
  content: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
  status: z.enum(['approved', 'pending']),
});

export const commentPageSchema = z.object({
  comments: z.array(commentSchema),
  total: z.number().check(z.int(), z.nonnegative()),
  next: z.nullable(z.string()),
});

const fieldMessages = z.partial(
  z.object({ author: z.string(), email: z.string(), url: z.string(), content: z.string() }),
);

/** The body of a 400/422 answer of the Parley REST protocol. */
export const errorBodySchema = z.object({
  error: z.string(),
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
