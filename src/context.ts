/**
 * What one `<parley-comments>` tells its children through context: its language, the thread, and the units that
 * load it and take the reader's comments, whose state the children read as it is (one source, nothing copied).
 */
import { createContext } from '@lit/context';
import type { ThreadNode } from './model/thread.js';
import type { Ui } from './i18n/ui.js';
import type { ThreadLoader } from './section/thread-loader.js';
import type { Commenting } from './section/commenting.js';

/** A new object whenever the section updates, so children know to draw again. */
export interface SectionState {
  ui: Ui;
  /** The reply tree of the comments loaded. */
  roots: ThreadNode[];
  privacyUrl: string | null;
  /** Whether the backend's avatar pictures are shown (`avatars` is not `off`). */
  pictures: boolean;
  /** Status, paging, load errors, the comment to focus. */
  loader: ThreadLoader;
  /** The reader's drafts and posting, once the form's code is loaded. */
  commenting: Commenting;
}

export const sectionContext = createContext<SectionState>(Symbol('parley-section'));
