/** `<parley-comment-list>`: the threaded list of a section's comments and its "Load more" button. */
import { LitElement, html, noChange, nothing } from 'lit';
import { ContextConsumer } from '@lit/context';
import { sectionContext } from '../../context.js';
import type { SectionState } from '../../context.js';
import type { Comment } from '../../model/comment.js';
import type { ThreadNode } from '../../model/thread.js';
import { checkComment, unreadableError } from '../../model/comment.js';
import { ParleyErrorEvent } from '../../events.js';
import { LoadMoreRequestEvent, ReplyRequestEvent } from '../../section/requests.js';
import { CommentDrawer } from '../comment/comment.js';
import type { ParleyComment } from '../comment/comment.js';
import { addStyles, sharedStyles } from '../shared.styles.js';
import { styles } from './comment-list.styles.js';
import { BLOCK, roomForAnother } from './chunks.js';
import { nextTask } from '../../tasks.js';

/**
 * The threaded list of comments. Comments are drawn in this element's shadow root: the first
 * screenful at once, the rest in chunks, a task each, so a long thread never blocks the page.
 * Each comment is checked just before it is drawn: one that fails is left out (its replies take its
 * place) and reported once through `parley-error`.
 *
 * @customElement parley-comment-list
 * @csspart list - The list of top-level comments.
 * @csspart load-more - The "Load more comments" button.
 * @slot privacy-note - Forwarded to the reply form.
 */
export class ParleyCommentList extends LitElement {
  static override styles = [sharedStyles, styles];

  #section = new ContextConsumer(this, { context: sectionContext, subscribe: true });

  private get section(): SectionState {
    return this.#section.value!;
  }

  /**
   * The items drawn for each thread node by the current drawer: the comment's, or its replies' when it could
   * not be read. A node the thread keeps (its comment, parent and replies unchanged) keeps its items: only
   * what changed is drawn anew.
   */
  #items = new WeakMap<ThreadNode, Node[]>();
  #drawer?: CommentDrawer;
  /** Whether each comment met passed its check, so each is checked once. */
  #readable = new WeakMap<Comment, boolean>();
  /** What was left out since the last report. */
  #unreadable: string[] = [];
  #focusedId?: string | null;
  /** How many blocks of top-level comments are drawn, and how many of those are drawn for the current section state. */
  #blocks = 0;
  #freshBlocks = 0;
  #drawnFor?: SectionState;
  /** Set while blocks remain to be drawn: each further update draws a chunk of them, a frame later. */
  #drawing = false;
  /** When the current update began to draw, and how many blocks were drawn before it. */
  #chunkStarted = 0;
  #drawnBefore = 0;

  /** One listener for every Reply button of the thread, rather than one per comment. */
  handleReplyClick(event: Event): void {
    const comment = (event.target as Element).closest('[part=reply-button]')?.closest('parley-comment');
    if (comment) this.dispatchEvent(new ReplyRequestEvent(comment.node.comment));
  }

  handleLoadMore(): void {
    this.dispatchEvent(new LoadMoreRequestEvent());
  }

  /**
   * Each chunk after the first waits until the last one is painted: the browser styles what each chunk
   * added in a frame of its own, and handles input in between.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.#drawing ? nextTask(true).then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** Resolves once every top-level comment is drawn, not after the first chunk only. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.#drawing) complete = await super.getUpdateComplete();
    return complete;
  }

  protected override willUpdate(): void {
    this.#chunkStarted = performance.now();
    this.#drawnBefore = this.#blocks;
    // Items the server drew are kept, not drawn: all of them at once, so the list keeps its height.
    const first = this.section.loader.servedItems ? this.#blockCount : 1;
    // Each further chunk draws one more block at least, and more while its time lasts (`#drawBlocks`).
    this.#blocks = Math.min(this.#blockCount, Math.max(this.#blocks, first) + (this.#drawing ? 1 : 0));
    if (this.section !== this.#drawnFor) this.#freshBlocks = 0;
    this.#drawnFor = this.section;
    const { ui, pictures } = this.section;
    const { renderRich, addon } = this.section.loader;
    const drawer = this.#drawer;
    const redraw = ui !== drawer?.ui || addon !== drawer.addon || pictures !== drawer.pictures;
    if (redraw || renderRich !== drawer.renderRich) {
      // A renderer that comes with the first rich body (Markdown on a later page) leaves the comments drawn before
      // it as they are, with the reader's focus: none of them had a rich body.
      if (redraw || drawer.renderRich) this.#items = new WeakMap();
      this.#drawer = new CommentDrawer(ui, renderRich, addon, pictures);
      if (renderRich?.styles) addStyles(this.renderRoot as ShadowRoot, renderRich.styles);
    }
  }

  #item = (node: ThreadNode): Node[] => {
    let items = this.#items.get(node);
    const served = this.section.loader.servedItems?.get(node.comment.id);
    if (!items && served) {
      (served.firstChild as ParleyComment).node = node;
      this.#items.set(node, (items = [served]));
      node.replies.forEach(this.#item);
    } else if (!items) {
      const { comment, parent } = node;
      items = !this.#isReadable(comment)
        ? node.replies.flatMap(this.#item)
        : [this.#drawer!.draw(parent && !this.#isReadable(parent) ? { ...node, parent: null } : node, this.#item)];
      this.#items.set(node, items);
    }
    return items;
  };

  #isReadable(comment: Comment): boolean {
    let readable = this.#readable.get(comment);
    if (readable === undefined) {
      const problem = checkComment(comment);
      if (problem) this.#unreadable.push(problem);
      this.#readable.set(comment, (readable = !problem));
    }
    return readable;
  }

  protected override updated(): void {
    this.#freshBlocks = this.#blocks;
    this.#drawing = this.#blocks < this.#blockCount;
    if (this.#drawing) this.requestUpdate();
    else if (this.#unreadable.length) {
      this.dispatchEvent(new ParleyErrorEvent(unreadableError(this.#unreadable), 'load'));
      this.#unreadable = [];
    }
    const { focusId } = this.section.loader;
    const { drafts, replyPlacement } = this.section.commenting;
    replyPlacement?.place(this.renderRoot, drafts?.replyTo ?? null);
    this.section.commenting.ownEdits?.show(this.renderRoot as ShadowRoot);
    if (focusId && focusId !== this.#focusedId) {
      this.#focusedId = focusId;
      void this.#focusWhenDrawn(`#comment-${CSS.escape(focusId)}`);
    }
  }

  protected override render() {
    const { roots, ui, loader } = this.section;
    const { status, hasMore, loadingMore } = loader;
    /* eslint-disable lit-a11y/click-events-have-key-events -- the list only hears the clicks that bubble up from the
       reply buttons inside it, and a keyboard presses those like any button. */
    return html`
      ${status === 'ready' && roots.length === 0 ? html`<p class="empty">${ui.text('beFirst')}</p>` : nothing}
      ${
        roots.length
          ? html`<ol part="list" class="comments" @click=${this.handleReplyClick}>
            ${this.#drawBlocks(roots)}
          </ol>`
          : nothing
      }
      ${
        hasMore
          ? html`<button
            part="load-more"
            class="load-more"
            aria-disabled=${loadingMore ? 'true' : 'false'}
            @click=${this.handleLoadMore}
          >
            ${ui.text(loadingMore ? 'loading' : 'loadMore')}
          </button>`
          : nothing
      }
    `;
    /* eslint-enable lit-a11y/click-events-have-key-events */
  }

  /**
   * The blocks of the list: those drawn for this state stay as they are, the rest are drawn up to `#blocks`, and a
   * chunk after the first goes on while it has time for another block.
   */
  #drawBlocks(roots: ThreadNode[]): unknown[] {
    const blocks: unknown[] = [];
    for (let i = 0; i < this.#blockCount; i++) {
      if (i >= this.#blocks) {
        const spent = performance.now() - this.#chunkStarted;
        // Timed per block it adds: blocks it keeps (or takes again from `#items` for a new state) cost little.
        if (!this.#drawing || !roomForAnother(spent, i - this.#drawnBefore)) break;
      }
      blocks.push(i < this.#freshBlocks ? noChange : roots.slice(i * BLOCK, i * BLOCK + BLOCK).flatMap(this.#item));
    }
    this.#blocks = blocks.length;
    return blocks;
  }

  get #blockCount(): number {
    return Math.ceil(this.section.roots.length / BLOCK);
  }

  /** Long lists draw in chunks: focuses the target once every chunk is drawn. */
  async #focusWhenDrawn(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'parley-comment-list': ParleyCommentList;
  }
}
