/**
 * `<parley-format-toggle>`: Write and Preview under the comment box, for backends that take Markdown. The
 * Markdown reader loads when the reader first focuses the comment box or opens the preview; the preview is the
 * safe rich-text model drawn as DOM, never HTML.
 */
import { html, nothing } from 'lit';
import type { PropertyDeclaration } from 'lit';
import type { NewComment } from '../../model/comment.js';
import type { RichNode } from '../../model/rich-text.js';
import type { RichRenderer } from '../comment/comment-body.js';
import { FormOption } from './form-option.js';
import { styles } from './form-options.styles.js';

interface MarkdownReader {
  read: (text: string) => RichNode[];
  draw: RichRenderer;
}

/** The Markdown reader and the renderer of what it reads, loaded once per page. */
let reader: Promise<MarkdownReader> | undefined;
const loadReader = () =>
  (reader ??= Promise.all([import('../../model/markdown.js'), import('../comment/rich-body.js')]).then(
    ([{ markdownToRich }, { renderRich }]) => ({ read: markdownToRich, draw: renderRich }),
    (error: unknown) => {
      reader = undefined;
      throw error;
    },
  ));

/**
 * Write / Preview for Markdown comments.
 *
 * @csspart format - The Write and Preview buttons.
 * @csspart format-button - The Write button, and the Preview button.
 * @csspart preview - The comment as it will show.
 * @csspart format-hint - What Markdown may be used.
 */
export class ParleyFormatToggle extends FormOption {
  static override properties = {
    previewing: { state: true },
    preview: { state: true },
  } satisfies { [K in keyof ParleyFormatToggle]?: PropertyDeclaration };
  protected static override optionStyles = styles;
  protected readonly feature = 'markdown';

  /** The preview is shown instead of the comment box. @internal */
  previewing = false;
  /** The comment as it will show, drawn when the preview opened. @internal */
  preview: Array<string | Node> = [];

  #form?: HTMLFormElement | null;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#form = this.closest('form');
    this.#form?.addEventListener('focusin', this.handleFocus);
    // Posting (or failing validation) needs the comment box: back to writing first.
    this.#form?.addEventListener('submit', this.handleWrite);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#form?.removeEventListener('focusin', this.handleFocus);
    this.#form?.removeEventListener('submit', this.handleWrite);
  }

  handleFocus = (event: FocusEvent): void => {
    if (this.supported && (event.target as Element).id === 'content') void loadReader().catch(() => undefined);
  };

  handleWrite = (): void => {
    this.#showBox(true);
    this.previewing = false;
  };

  async handlePreview(): Promise<void> {
    const content = this.section.commenting.drafts?.fields.content ?? '';
    try {
      const { read, draw } = await loadReader();
      this.preview = draw(read(content));
    } catch {
      // Without the reader, the text shows as it was typed.
      this.preview = content.trim() ? [content] : [];
    }
    this.#showBox(false);
    this.previewing = true;
  }

  protected addTo(comment: NewComment): void {
    comment.format = 'markdown';
  }

  /** The comment box's field is the form's: hidden while the preview stands in its place. */
  #showBox(shown: boolean): void {
    const field = this.#form?.querySelector('#content')?.closest<HTMLElement>('[part=field]');
    if (field) field.hidden = !shown;
  }

  protected override render() {
    if (!this.supported) return nothing;
    const { previewing, preview } = this;
    return html`<div part="format" class="format" role="group" aria-label=${this.say('format')}>
        <button part="format-button" type="button" aria-pressed=${previewing ? 'false' : 'true'} @click=${this.handleWrite}>
          ${this.say('write')}
        </button>
        <button part="format-button" type="button" aria-pressed=${previewing ? 'true' : 'false'} @click=${this.handlePreview}>
          ${this.say('preview')}
        </button>
      </div>
      ${
        previewing
          ? html`<div part="preview" class="preview body rich" id="preview" role="region" aria-label=${this.say('preview')} dir="auto">
            ${preview.length ? preview : html`<p class="note">${this.say('previewEmpty')}</p>`}
          </div>`
          : nothing
      }
      <p part="format-hint" class="note">${this.say('markdownHint')}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'parley-format-toggle': ParleyFormatToggle;
  }
}
