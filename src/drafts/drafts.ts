/**
 * Everything Parley keeps of a reader, in one place: what they are typing, the comment they answer, the post on
 * its way (with its key), and their remembered name, email and website. One `Drafts` per thread.
 */
import * as z from 'zod/mini';
import { commentSchema } from '../model/comment.js';
import type { Comment, NewComment } from '../model/comment.js';
import { readStored, writeStored } from '../model/stored.js';

/** Where a thread's unsent comment is kept. */
export const savedPostKey = (thread: string): string => `parley:post:${thread}`;
/** Where the reader's name, email and website are remembered, when they ticked the consent box. */
export const IDENTITY_KEY = 'parley:identity';

const text = z.string();

const identitySchema = z.object({ author: text, email: text, url: text });

const savedPostSchema = z.object({
  content: text,
  replyTo: z.nullable(commentSchema),
  pending: z.nullable(
    z.object({
      input: z.object({
        thread: text,
        parentId: z.nullable(text),
        author: text,
        email: text,
        url: z.nullable(text),
        content: text,
      }),
      key: text,
      // A test rather than z.boolean(): zod's code for one more kind of schema would land in parley.js.
      auto: z.custom<boolean>((value) => typeof value === 'boolean'),
    }),
  ),
});

/** What the reader has typed in the form's fields. */
export interface Draft {
  content: string;
  author: string;
  email: string;
  url: string;
  consent: boolean;
}

export type Identity = Pick<Draft, 'author' | 'email' | 'url'>;

/** A post on its way to the backend, kept so that a reload sends it again under the same key. */
export interface PendingPost {
  input: NewComment;
  key: string;
  /** True while Parley itself should send it (also after a reload); false once the reader was told it failed. */
  auto: boolean;
}

export class Drafts {
  /** Kept current as the reader types (the same object throughout), so a form drawn anew shows the text. */
  readonly fields: Draft;
  /** The comment the form answers, or null for a top-level comment. */
  replyTo: Comment | null;
  pending: PendingPost | null;

  /**
   * Restores what the reader left in this thread, and who they are: the name, email and website they typed
   * in another thread of this page (`carried`), else the ones they asked this browser to remember.
   */
  constructor(
    readonly thread: string,
    carried?: Draft,
  ) {
    const saved = readStored(savedPostKey(thread), savedPostSchema);
    const remembered = carried ? undefined : readStored(IDENTITY_KEY, identitySchema);
    this.fields = {
      author: '',
      email: '',
      url: '',
      consent: false,
      ...carried,
      ...(remembered && { ...remembered, consent: true }),
      content: saved?.content ?? '',
    };
    this.replyTo = saved?.replyTo ?? null;
    this.pending = saved?.pending ?? null;
  }

  /** Keeps what the reader typed in a field; the comment's text is saved at once, to survive a reload. */
  set<K extends keyof Draft>(field: K, value: Draft[K]): void {
    this.fields[field] = value;
    if (field === 'content') this.#save();
  }

  reply(to: Comment | null): void {
    this.replyTo = to;
    this.#save();
  }

  /** Records the post being sent, until it is delivered or the reader was told it failed. */
  queue(pending: PendingPost): void {
    this.pending = pending;
    this.#save();
  }

  /** The post with `key` will not be sent again by itself: the reader was told it failed. */
  gaveUp(key: string): void {
    if (this.pending?.key === key) this.queue({ ...this.pending, auto: false });
  }

  /** The backend has the comment: nothing of it is left to keep. */
  delivered(): void {
    this.fields.content = '';
    this.replyTo = null;
    this.pending = null;
    this.#save();
  }

  /** Remembers the reader's name, email and website when they consented, and forgets them when they did not. */
  remember(identity: Identity): void {
    writeStored(IDENTITY_KEY, this.fields.consent ? identity : undefined);
  }

  #save(): void {
    const { fields, replyTo, pending } = this;
    writeStored(
      savedPostKey(this.thread),
      fields.content || replyTo || pending ? { content: fields.content, replyTo, pending } : undefined,
    );
  }
}
