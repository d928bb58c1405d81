/**
 * Everything Parley keeps of a reader, in one place: what they are typing, the comment they answer, the post on
 * its way (with its key), and their remembered name, email and website. One `Drafts` per thread.
 *
 * What is kept where, and for how long (the README's Privacy section says the same to site owners):
 * - the draft, its reply target and a post on its way: `localStorage`, for 7 days;
 * - the name, email and website of that post: with it when the reader ticked "Save my name…", else only in
 *   `sessionStorage` (gone with the tab), and dropped at once when the backend refuses the post;
 * - the remembered name, email and website: `localStorage`, only with that box ticked, for about a year.
 */
import { isBoolean, isList, isNumber, isText, nullable, object, optional } from '../model/shape.js';
import type { Check, Checked } from '../model/shape.js';
import { isComment } from '../model/comment.js';
import type { Comment, NewComment, TextFormat } from '../model/comment.js';
import { DAY, isFresh, readStored, sessionStore, writeStored } from '../model/stored.js';

/** Where a thread's unsent comment is kept. */
export const savedPostKey = (thread: string): string => `parley:post:${thread}`;
/** Where the name, email and website of a thread's post on its way are kept for the tab, without consent. */
export const sessionIdentityKey = (thread: string): string => `parley:post-identity:${thread}`;
/** Where the reader's name, email and website are remembered, when they ticked the consent box. */
export const IDENTITY_KEY = 'parley:identity';

/** Drafts and posts on their way are forgotten after this long. */
export const DRAFT_MAX_AGE_MS = 7 * DAY;
/** A remembered identity is forgotten after this long, as WordPress's comment cookies are. */
export const IDENTITY_MAX_AGE_MS = 365 * DAY;

const identityShape = { author: isText, email: isText, url: isText };
const isIdentity = object(identityShape);
const isRememberedIdentity = object({ ...identityShape, savedAt: isNumber });

const isTextPairs: Check<[string, string][]> = (value): value is [string, string][] =>
  isList(value) && value.every((pair) => isList(pair) && pair.every(isText));

const isSavedPost = object({
  savedAt: isNumber,
  content: isText,
  replyTo: nullable(isComment),
  // The drafts of the forms not open: [id of the comment answered, or '' for a top-level comment, text].
  others: optional(isTextPairs),
  pending: nullable(
    object({
      // The comment without who wrote it, unless the reader consented to keeping that.
      input: object({
        thread: isText,
        parentId: nullable(isText),
        content: isText,
        author: optional(isText),
        email: optional(isText),
        url: optional(nullable(isText)),
        format: optional((value: unknown): value is TextFormat => value === 'text' || value === 'markdown'),
        notify: optional(isBoolean),
      }),
      key: isText,
      auto: isBoolean,
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
  /** The reader opened the reply form just now: it takes focus. A reply form restored from a visit before does not. */
  replyOpened = false;

  /** What the reader wrote in each form not open, by the id of the comment it answers ('' for a top-level comment). */
  readonly #others: Map<string, string>;

  /**
   * Restores what the reader left in this thread, and who they are: the name, email and website they typed
   * in another thread of this page (`carried`), else the ones they asked this browser to remember.
   */
  constructor(
    readonly thread: string,
    carried?: Draft,
  ) {
    const saved = readStored(savedPostKey(thread), isSavedPost);
    const kept = saved && isFresh(saved.savedAt, DRAFT_MAX_AGE_MS) ? saved : undefined;
    if (saved && !kept) this.#forget();
    const stored = carried ? undefined : readStored(IDENTITY_KEY, isRememberedIdentity);
    const remembered = stored && isFresh(stored.savedAt, IDENTITY_MAX_AGE_MS) ? stored : undefined;
    if (stored && !remembered) writeStored(IDENTITY_KEY, undefined);
    this.fields = {
      author: '',
      email: '',
      url: '',
      consent: false,
      ...carried,
      ...(remembered && { author: remembered.author, email: remembered.email, url: remembered.url, consent: true }),
      content: kept?.content ?? '',
    };
    this.replyTo = kept?.replyTo ?? null;
    this.#others = new Map(kept?.others);
    this.pending = kept?.pending ? this.#withIdentity(kept.pending) : null;
  }

  /** Keeps what the reader typed in a field; the comment's text is saved at once, to survive a reload. */
  set<K extends keyof Draft>(field: K, value: Draft[K]): void {
    this.fields[field] = value;
    if (field === 'content') this.#save();
  }

  /** Opens the form answering `to` (null: the top-level form) with the text the reader left in it, keeping the other's. */
  reply(to: Comment | null): void {
    this.#switchTo(to);
    this.replyOpened = !!to;
    this.#save();
  }

  /**
   * The comment the reply answers is gone (deleted, or the thread was reset): its text becomes a top-level comment,
   * after what the reader had written there.
   */
  replyTargetGone(): void {
    const reply = this.fields.content;
    this.fields.content = '';
    this.reply(null);
    this.set('content', [this.fields.content, reply].filter(Boolean).join('\n\n'));
  }

  /** Records the post being sent, until it is delivered or the reader was told it failed. */
  queue(pending: PendingPost): void {
    this.pending = pending;
    this.#save();
  }

  /**
   * The post with `key` will not be sent again by itself: the reader was told it failed. When the backend
   * refused it, who wrote it is not kept a moment longer: only the text stays, for the reader to mend.
   */
  gaveUp(key: string, refused: boolean): void {
    if (this.pending?.key !== key) return;
    this.pending = { ...this.pending, auto: false };
    this.#save(refused);
  }

  /** The backend has the comment: nothing of it is left to keep, and the top-level form opens with its own text. */
  delivered(): void {
    // Its text goes from the form it was written in, which need not be the one open now.
    const sent = this.pending?.input.parentId ?? null;
    if (sent === (this.replyTo?.id ?? null)) this.fields.content = '';
    else this.#others.delete(sent ?? '');
    this.#switchTo(null);
    this.pending = null;
    this.#save();
  }

  /** Remembers the reader's name, email and website when they consented, and forgets them when they did not. */
  remember(identity: Identity): void {
    writeStored(IDENTITY_KEY, this.fields.consent ? { ...identity, savedAt: Date.now() } : undefined);
  }

  /**
   * A stored post with who wrote it: from the record when the reader consented, else from this tab's session.
   * Without them (the tab was closed) it cannot be sent by itself; its text is the draft, and its key waits for
   * the reader to post it again, so it is still created once.
   */
  #withIdentity({ input, key, auto }: NonNullable<Checked<typeof isSavedPost>['pending']>): PendingPost {
    const identity =
      input.email === undefined ? readStored(sessionIdentityKey(this.thread), isIdentity, sessionStore()) : undefined;
    const author = input.author ?? identity?.author;
    const email = input.email ?? identity?.email;
    const url = input.url !== undefined ? input.url : identity ? identity.url || null : null;
    const known = author !== undefined && email !== undefined;
    return { input: { ...input, author: author ?? '', email: email ?? '', url }, key, auto: auto && known };
  }

  /** Puts the open form's text with the others, and takes out the text of the form answering `to`. */
  #switchTo(to: Comment | null): void {
    const key = to?.id ?? '';
    this.#others.set(this.replyTo?.id ?? '', this.fields.content);
    this.fields.content = this.#others.get(key) ?? '';
    this.#others.delete(key);
    this.replyTo = to;
  }

  /** Saves what is left to keep, or forgets the thread's record when nothing is; `anonymous` drops who wrote the post. */
  #save(anonymous = false): void {
    const { fields, replyTo, pending, thread } = this;
    const others = [...this.#others].filter(([, content]) => content);
    if (!fields.content && !replyTo && !pending && !others.length) {
      this.#forget();
      return;
    }
    let stored: unknown = null;
    const session = sessionIdentityKey(thread);
    if (pending) {
      const { author, email, url, ...anonymousInput } = pending.input;
      const keepIdentity = fields.consent && !anonymous;
      stored = { ...pending, input: keepIdentity ? pending.input : anonymousInput };
      // Without consent, who wrote a post on its way lives only as long as the tab; a refused post keeps none.
      writeStored(session, keepIdentity || anonymous ? undefined : { author, email, url: url ?? '' }, sessionStore());
    } else {
      writeStored(session, undefined, sessionStore());
    }
    writeStored(savedPostKey(thread), {
      savedAt: Date.now(),
      content: fields.content,
      replyTo,
      others,
      pending: stored,
    });
  }

  #forget(): void {
    writeStored(savedPostKey(this.thread), undefined);
    writeStored(sessionIdentityKey(this.thread), undefined, sessionStore());
  }
}
