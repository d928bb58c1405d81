/** A thread's unsent comment in `localStorage`: the draft, the comment it answers, and the post being sent with its key. */
import * as z from 'zod/mini';
import { commentSchema } from '../model/comment.js';
import type { Comment, NewComment } from '../model/comment.js';

/** Where a thread's unsent comment is kept. */
export const savedPostKey = (thread: string): string => `parley:post:${thread}`;

const newCommentSchema = z.object({
  thread: z.string(),
  parentId: z.nullable(z.string()),
  author: z.string(),
  email: z.string(),
  url: z.nullable(z.string()),
  content: z.string(),
});

const savedPostSchema = z.object({
  content: z.string(),
  replyTo: z.nullable(commentSchema),
  pending: z.nullable(
    z.object({
      input: newCommentSchema,
      key: z.string(),
      /** True while Parley itself should send it (also after a reload); false once the reader was told it failed. */
      // A test rather than z.boolean(): zod's code for one more kind of schema would land in parley.js.
      auto: z.custom<boolean>((value) => typeof value === 'boolean'),
    }),
  ),
});

export interface PendingPost {
  input: NewComment;
  key: string;
  auto: boolean;
}

export interface SavedPost {
  content: string;
  replyTo: Comment | null;
  pending: PendingPost | null;
}

const empty = (): SavedPost => ({ content: '', replyTo: null, pending: null });

/** The saved post of a thread; anything unreadable counts as nothing saved. */
export function loadSavedPost(thread: string): SavedPost {
  try {
    const stored = localStorage.getItem(savedPostKey(thread));
    const result = stored ? z.safeParse(savedPostSchema, JSON.parse(stored)) : null;
    return result?.success ? result.data : empty();
  } catch {
    return empty();
  }
}

/** Saves it, or forgets it when there is nothing left to keep. */
export function storeSavedPost(thread: string, saved: SavedPost): void {
  try {
    if (!saved.content && !saved.replyTo && !saved.pending) localStorage.removeItem(savedPostKey(thread));
    else localStorage.setItem(savedPostKey(thread), JSON.stringify(saved));
  } catch {
    // Storage can be full or forbidden (private modes): the text is still in the form, only a reload would lose it.
  }
}
