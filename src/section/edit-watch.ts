/**
 * When the code for editing one's own comments loads: once the thread shown holds a comment the reader may still
 * change, on a backend that declares `edit` (as a page of comments arrives, or as soon as they post one). Comes with the form's code; the
 * editing code is a chunk of its own (`components/own-edits/own-edits.ts`).
 */
import type { ReactiveControllerHost } from 'lit';
import { supports } from '../backends/backend.js';
import { editableIn } from '../drafts/editable.js';
import type { Commenting, CommentingOptions } from './commenting.js';

/** The sections already watched: one watch each, whichever thread they show. */
const watched = new WeakSet<object>();

export function watchOwnEdits(
  host: ReactiveControllerHost & HTMLElement,
  commenting: Commenting,
  options: CommentingOptions,
): void {
  const { source, loader } = options;
  async function check(): Promise<void> {
    if (commenting.ownEdits) {
      host.requestUpdate();
      return;
    }
    const own = editableIn(loader.thread);
    if (!own.some(({ id }) => loader.comments.some((comment) => comment.id === id))) return;
    const { backend } = await source.get();
    if (!supports(backend, 'edit') || !backend.edit || !backend.remove) return;
    try {
      const { OwnEdits } = await import('../components/own-edits/own-edits.js');
      commenting.ownEdits ??= new OwnEdits(host, options);
      host.requestUpdate();
    } catch {
      // Without its code, the comment simply offers no Edit or Delete.
    }
  }
  void check();
  if (watched.has(host)) return;
  watched.add(host);
  // A page of comments arrived (the first one may arrive after the form's code), or the reader posted a comment.
  for (const type of ['parley-load', 'parley-posted']) host.addEventListener(type, () => void check());
}
