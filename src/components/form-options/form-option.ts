/**
 * What the form's options share: they are drawn inside the form (no shadow root of their own, so the form's
 * fields, styles and parts are theirs too), speak the section's language, and show only what the backend of the
 * thread supports.
 */
import { LitElement } from 'lit';
import type { CSSResult, PropertyDeclaration } from 'lit';
import { ContextConsumer } from '@lit/context';
import { sectionContext } from '../../context.js';
import type { SectionState } from '../../context.js';
import type { CommentBackend, ReaderFeature } from '../../backends/backend.js';
import { supports } from '../../backends/backend.js';
import type { NewComment } from '../../model/comment.js';
import type { ParleySubmitEvent } from '../../posting/posting-events.js';
import type { OptionStrings } from '../../i18n/strings.js';
import { fill } from '../../i18n/strings.js';
import { enOptions } from '../../i18n/en-options.js';

export abstract class FormOption extends LitElement {
  // Each option adds its own state to these.
  static override properties: Record<string, PropertyDeclaration> = {
    supported: { state: true },
  } satisfies { [K in keyof FormOption]?: PropertyDeclaration };

  /** The feature that makes this option appear. */
  protected abstract readonly feature: ReaderFeature;
  /** Styles added to the form's shadow root, once per root. */
  protected static optionStyles?: CSSResult;

  readonly #section = new ContextConsumer(this, {
    context: sectionContext,
    subscribe: true,
    callback: (section) => this.#ask(section),
  });
  #form?: HTMLElement;

  /** Whether the backend of the thread supports the option; nothing is drawn until it is known. @internal */
  supported = false;

  protected get section(): SectionState {
    return this.#section.value!;
  }

  /** The section's words for `key`, else the English that came with this code. */
  protected say(key: keyof OptionStrings, values?: Record<string, string>): string {
    const words = this.section.ui.strings[key] ?? enOptions[key];
    return values ? fill(words, values) : words;
  }

  protected override createRenderRoot(): HTMLElement {
    const root = this.getRootNode() as ShadowRoot;
    const sheet = (this.constructor as typeof FormOption).optionStyles?.styleSheet;
    if (sheet && !root.adoptedStyleSheets.includes(sheet))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#form = (this.getRootNode() as ShadowRoot).host as HTMLElement;
    this.#form.addEventListener('parley-submit', this.handleSubmitEvent);
  }

  /**
   * Asks the backend of the thread shown what it supports, whenever the section changes: a `rest` server declares
   * it with its pages, which may arrive after the form.
   */
  #ask({ commenting: { posting } }: SectionState): void {
    posting?.backend().then(
      (backend: CommentBackend) => {
        if (this.section.commenting.posting === posting) this.supported = supports(backend, this.feature);
      },
      () => undefined,
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#form?.removeEventListener('parley-submit', this.handleSubmitEvent);
  }

  /** What the option adds to the comment about to be posted, when the backend supports it. */
  protected abstract addTo(comment: NewComment): void;

  handleSubmitEvent = (event: ParleySubmitEvent): void => {
    if (this.supported) this.addTo(event.detail.comment);
  };
}
