/** What one `<parley-comments>` tells its children through context: what to show, and the services of the reader's side. */
import { createContext } from '@lit/context';
import type { Comment } from './model/comment.js';
import type { ThreadNode } from './model/thread.js';
import type { Ui } from './i18n/ui.js';
import type { Drafts } from './drafts/drafts.js';
import type { Posting } from './posting/posting.js';
import type { ReplyPlacement } from './components/comment-form/reply-placement.js';
import type { RichRenderer } from './components/comment/comment-body.js';

export interface SectionState {
  ui: Ui;
  status: 'idle' | 'loading' | 'ready' | 'error';
  /** The load failure shown with a Retry button; null otherwise. */
  error: string | null;
  roots: ThreadNode[];
  total: number;
  hasMore: boolean;
  loadingMore: boolean;
  /** The comment the form answers, or null for a top-level comment. */
  replyTo: Comment | null;
  /** The comment that should take focus once drawn (the one just posted). */
  focusId: string | null;
  privacyUrl: string | null;
  /** Draws rich bodies, for backends that send them. */
  renderRich?: RichRenderer;
  /** What the reader typed and who they are, once the form's code is loaded. */
  drafts?: Drafts;
  /** Sends the reader's comment, once the form's code is loaded. */
  posting?: Posting;
  /** Puts the reply form under the comment it answers, once the form's code is loaded. */
  replyPlacement?: ReplyPlacement;
  /** What is happening to the reader's post (retrying, waiting, queued offline); empty when nothing is. */
  notice: string;
}

export const sectionContext = createContext<SectionState>(Symbol('parley-section'));
