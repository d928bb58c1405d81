/** The context one `<parley-comments>` provides to its children: what they show and what they may ask of it. */
import { createContext } from '@lit/context';
import type { Comment, NewComment } from './model/comment.js';
import type { ThreadNode } from './model/thread.js';
import type { Ui } from './i18n/ui.js';

/** What the reader has typed, kept by the section so the text survives the form moving or re-rendering. */
export interface Draft {
  content: string;
  author: string;
  email: string;
  url: string;
  consent: boolean;
}

/** What children may ask the section to do. */
export interface SectionActions {
  /** Posts a validated comment as a reply to `replyTo` (or at the top level); resolves to null when a listener vetoed it. */
  /** Sends a comment (retrying, or queueing it offline, as needed) and resolves once the backend confirmed it. */
  send(comment: NewComment): Promise<Comment>;
  loadMore(): void;
  reply(to: Comment | null): void;
  saveDraft<K extends keyof Draft>(field: K, value: Draft[K]): void;
  announce(message: string): void;
}

export interface SectionState {
  ui: Ui;
  status: 'idle' | 'loading' | 'ready' | 'error';
  /** The load failure shown with a Retry button; null otherwise. */
  error: string | null;
  roots: ThreadNode[];
  total: number;
  hasMore: boolean;
  loadingMore: boolean;
  /** Key of the discussion the section shows. */
  thread: string;
  /** The comment the form answers, or null for a top-level comment. */
  replyTo: Comment | null;
  /** The comment that should take focus once drawn (the one just posted). */
  focusId: string | null;
  privacyUrl: string | null;
  /** Kept current as the reader types (the same object throughout), so a form drawn anew shows the text. */
  draft: Readonly<Draft>;
  /** What is happening to the reader's post (retrying, waiting, queued offline); empty when nothing is. */
  notice: string;
  actions: SectionActions;
}

export const sectionContext = createContext<SectionState>(Symbol('parley-section'));
