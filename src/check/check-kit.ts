/** What the checks of `parley-check` share: an answer as read, and how a check says what it did not find. */
import type { NewComment } from '../model/comment.js';

export interface Answer {
  status: number;
  headers: Headers;
  body: unknown;
}

/** A failed expectation: the check it happens in fails with this message. */
export class Unmet extends Error {}

export const expect = (condition: unknown, message: string): void => {
  if (!condition) throw new Unmet(message);
};

/** What a check finds: a line for the table, or why it was skipped. */
export type Finding = string | { skip: string };

/** A comment as the checks read it, once it passed the schema. */
export interface SeenComment {
  id: string;
  parentId: string | null;
  content: string;
  createdAt: string;
  status: string;
  likes?: unknown;
  format?: unknown;
}

/** A comment the checks post: the protocol's new comment (`format` and `notify` as any server may be sent them). */
export type Posting = Omit<NewComment, 'format' | 'notify'> & { format?: string; notify?: unknown };

/** How a check talks to the server, from `checkServer`. */
export interface CheckKit {
  thread: string;
  /** Whether the thread is the checker's own, so posting to it changes nothing of anyone's. */
  ownThread: boolean;
  /** The extensions the server declared in its list answers (and `likes`, when its comments carry them). */
  declared: readonly string[];
  /** Whether the server shows new comments at once (not held for moderation). */
  approved: boolean;
  send(path: string, init?: RequestInit): Promise<Answer>;
  /** One page of the thread, checked: 200 and an envelope that fits. */
  page(query: Record<string, string>): Promise<{ comments: SeenComment[]; total: number; next: string | null }>;
  /** Every comment of the thread in `order`, following `next`. */
  all(order: string, limit: number): Promise<{ comments: SeenComment[]; total: number }>;
  newComment(content: string, parentId?: string | null): Posting;
  /** Posts `body` (with the captcha token given to the checker, unless `body` has one). */
  post(body: Posting, key?: string): Promise<Answer>;
  /** Posts `body`, checked: 201 and a comment that fits, with what was sent. */
  posted(body: Posting, key?: string): Promise<SeenComment>;
}
