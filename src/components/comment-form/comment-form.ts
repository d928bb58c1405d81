/** `<parley-comment-form>`: the "Leave a Reply" form, at the end of the section or under the comment being answered. */
import { LitElement, html, nothing } from 'lit';
import type { PropertyDeclaration } from 'lit';
import { ContextConsumer } from '@lit/context';
import { sectionContext } from '../../context.js';
import type { SectionState } from '../../context.js';
import type { Draft, Drafts } from '../../drafts/drafts.js';
import type { Posting } from '../../posting/posting.js';
import type { CommentField, NewComment } from '../../model/comment.js';
import { ParleyErrorEvent } from '../../events.js';
import { ParleySubmitEvent } from '../../posting/posting-events.js';
import { BackendError } from '../../model/errors.js';
import { validateComment } from '../../model/validation.js';
import { LIMITS } from '../../model/validation.js';
import { AnnounceRequestEvent, ReplyRequestEvent } from '../../section/requests.js';
import { sharedStyles } from '../shared.styles.js';
import { styles } from './comment-form.styles.js';

const FIELD_ORDER: readonly CommentField[] = ['content', 'author', 'email', 'url'];

/**
 * The reply form.
 *
 * @customElement parley-comment-form
 * @csspart form - The form.
 * @csspart form-title - "Leave a Reply".
 * @csspart cancel-reply - The "Cancel reply" button of a reply form.
 * @csspart privacy-note - The note on privacy and required fields.
 * @csspart field - A label with its input and error message.
 * @csspart label - A field's label.
 * @csspart required-mark - The * of a required field.
 * @csspart input - A one-line input.
 * @csspart textarea - The comment box.
 * @csspart error - A field's error message.
 * @csspart consent - The "Save my name…" checkbox and its label.
 * @csspart submit - The "Post Comment" button.
 * @csspart status - Why the last post failed, or that a reply whose comment is gone became a top-level comment.
 * @slot privacy-note - Replaces the privacy note.
 */
export class ParleyCommentForm extends LitElement {
  static override styles = [sharedStyles, styles];
  // The form's own state, checked against its fields: a renamed field is a type error here, not a silently stale
  // form. (Lit's decorators would do the same for about 500 bytes more.)
  static override properties = {
    fieldErrors: { state: true },
    failure: { state: true },
    sending: { state: true },
    customNote: { state: true },
    replyGone: { state: true },
  } satisfies { [K in keyof ParleyCommentForm]?: PropertyDeclaration };

  #section = new ContextConsumer(this, { context: sectionContext, subscribe: true });

  /** Messages on fields, from validation or in the backend's words. @internal */
  fieldErrors: Partial<Record<CommentField, string>> = {};
  /** Why the last post failed, when it was not the fields' fault. @internal */
  failure = '';
  /** A post is on its way: a second press sends nothing. @internal */
  sending = false;
  /** Whether the page gave its own privacy note. @internal */
  customNote = false;
  /** The comment the restored reply answered is gone: the form says its text is now a top-level comment. @internal */
  replyGone = false;

  private get section(): SectionState {
    return this.#section.value!;
  }

  /** The form is drawn only once the section has its drafts and posting. */
  private get drafts(): Drafts {
    return this.section.commenting.drafts!;
  }

  private get posting(): Posting {
    return this.section.commenting.posting!;
  }

  /**
   * A reply restored from an earlier visit whose comment is no longer in the thread (deleted, or the thread was reset)
   * becomes a top-level comment. Only once the whole thread is in: the comment may be on a page not loaded yet.
   */
  protected override willUpdate(): void {
    const { replyTo } = this.drafts;
    const { status, hasMore, comments } = this.section.loader;
    if (replyTo && status === 'ready' && !hasMore && !comments.some(({ id }) => id === replyTo.id)) {
      this.drafts.replyTargetGone();
      this.replyGone = true;
    }
  }

  /** A reply form the reader just opened takes focus; a restored one leaves the page where the reader is. */
  protected override firstUpdated(): void {
    if (this.drafts.replyOpened) this.#field('content')?.focus();
  }

  handleInput(event: Event): void {
    const target = event.target as HTMLInputElement | HTMLTextAreaElement;
    const field = target.name as keyof Draft;
    // Only the draft's own fields: the options drawn inside the form ("Notify me…") and the trap keep theirs.
    if (!Object.hasOwn(this.drafts.fields, field)) return;
    this.drafts.set(field, target.type === 'checkbox' ? (target as HTMLInputElement).checked : target.value);
    if (field in this.fieldErrors) {
      const { [field as CommentField]: _fixed, ...rest } = this.fieldErrors;
      this.fieldErrors = rest;
    }
  }

  /**
   * The page's own note arrives through slots forwarded by the section; a forwarded slot with nothing in it
   * counts as no note, so the built-in one shows (a slot's fallback content would not).
   */
  handleNoteChange(event: Event): void {
    const nodes = (event.target as HTMLSlotElement).assignedNodes({ flatten: true });
    this.customNote = nodes.some((node) => node.nodeType === Node.ELEMENT_NODE || node.textContent?.trim());
  }

  handleKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.drafts.replyTo) {
      event.preventDefault();
      this.handleCancel();
    }
  }

  handleCancel(): void {
    this.dispatchEvent(new ReplyRequestEvent(null));
  }

  async handleSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    // Only bots fill the field nobody can see (named so that no browser autofills it): drop their post without a word.
    if (this.sending || new FormData(event.target as HTMLFormElement).get('contact-me-by-fax')) return;
    const { ui } = this.section;
    const { drafts, posting } = this;
    const { replyTo } = drafts;
    this.failure = '';
    const result = validateComment(drafts.fields);
    if (!result.ok) {
      void this.#showProblems(
        Object.fromEntries(
          Object.entries(result.problems).map(([field, key]) => [
            field,
            ui.text(key, { max: LIMITS[field as CommentField] }),
          ]),
        ),
      );
      return;
    }
    const { content, author, email, url } = result.value;
    const comment: NewComment = {
      thread: drafts.thread,
      parentId: replyTo?.id ?? null,
      author,
      email,
      url: url || null,
      content,
    };
    const submit = new ParleySubmitEvent(comment);
    this.dispatchEvent(submit);
    if (submit.defaultPrevented) return;
    this.sending = true;
    try {
      await posting.send(comment);
      drafts.remember({ author, email, url });
      this.fieldErrors = {};
      this.replyGone = false;
    } catch (error) {
      if (error instanceof BackendError && error.fields && Object.keys(error.fields).length) {
        this.dispatchEvent(new ParleyErrorEvent(error, 'post'));
        void this.#showProblems(error.fields, error.message);
      } else {
        // The words for what went wrong load when something fails; when they cannot load either, the connection is
        // the cause. They are shown by the time the page hears of the failure.
        const why = await import('../../i18n/describe-error.js').then(
          ({ describeError }) => describeError(error, ui),
          () => ui.text('errorNetwork'),
        );
        this.dispatchEvent(new ParleyErrorEvent(error, 'post'));
        this.failure = `${ui.text('postFailed')} ${why}`;
        this.#announce(this.failure);
      }
    } finally {
      this.sending = false;
    }
  }

  protected override render() {
    const { ui, privacyUrl } = this.section;
    const { fields: draft, replyTo } = this.drafts;
    const { notice } = this.posting;
    const status = this.failure || notice;
    const title = replyTo
      ? ui.text('leaveReplyTo', { name: replyTo.author.trim() || ui.text('anonymous') })
      : ui.text('leaveReply');
    // A field's mark is hidden from screen readers, which say "required" already; the note's is read, so its
    // sentence ends in what it names.
    const mark = html`<span part="required-mark" class="required" aria-hidden="true">*</span>`;
    const noteMark = html`<span part="required-mark" class="required">*</span>`;
    return html`<form part="form" novalidate aria-labelledby="title" @submit=${this.handleSubmit} @input=${this.handleInput} @keydown=${this.handleKeydown}>
      <div class="title-row">
        <h3 part="form-title" id="title">${title}</h3>
        ${
          replyTo
            ? html`<button part="cancel-reply" type="button" class="link" @click=${this.handleCancel}>${ui.text('cancelReply')}</button>`
            : nothing
        }
      </div>
      ${this.replyGone ? html`<p part="status" class="note">${ui.text('replyTargetGone')}</p>` : nothing}
      <p part="privacy-note" class="note">
        <slot name="privacy-note" @slotchange=${this.handleNoteChange}></slot>
        ${
          this.customNote
            ? nothing
            : html`${ui.text('privacyNote')} ${ui.text('requiredNote')} ${noteMark}
              ${privacyUrl ? html`· <a href=${privacyUrl}>${ui.text('privacyPolicy')}</a>` : nothing}`
        }
      </p>
      ${this.renderField(
        'content',
        ui.text('comment'),
        mark,
        html`<textarea
        part="textarea"
        id="content"
        name="content"
        lang=${ui.lang}
        rows="6"
        required
        .value=${draft.content}
        aria-invalid=${this.fieldErrors.content ? 'true' : 'false'}
        aria-describedby=${this.fieldErrors.content ? 'content-error' : nothing}
      ></textarea>`,
      )}
      <parley-format-toggle></parley-format-toggle>
      <div class="identity">
        ${this.renderInput('author', ui.text('name'), mark, 'text', 'name', draft.author)}
        ${this.renderInput('email', ui.text('email'), mark, 'email', 'email', draft.email)}
        ${this.renderInput('url', ui.text('website'), nothing, 'url', 'url', draft.url)}
      </div>
      <p part="consent" class="consent">
        <input type="checkbox" id="consent" name="consent" .checked=${draft.consent} />
        <label for="consent">${ui.text('consent')}</label>
      </p>
      <parley-notify-option></parley-notify-option>
      <p class="visually-hidden" aria-hidden="true"><input name="contact-me-by-fax" tabindex="-1" autocomplete="off" /></p>
      ${status ? html`<p part="status" class="failure" id="failure">${status}</p>` : nothing}
      <div class="submit-row">
        <button part="submit" type="submit" class="primary" aria-disabled=${this.sending ? 'true' : 'false'}>
          ${ui.text(this.sending ? 'posting' : this.failure ? 'retry' : 'submit')}
        </button>
      </div>
    </form>`;
  }

  private renderInput(
    field: CommentField,
    label: string,
    mark: unknown,
    type: string,
    autocomplete: string,
    value: string,
  ) {
    const error = this.fieldErrors[field];
    return this.renderField(
      field,
      label,
      mark,
      html`<input
      part="input"
      id=${field}
      name=${field}
      type=${type}
      autocomplete=${autocomplete}
      ?required=${mark !== nothing}
      .value=${value}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${error ? `${field}-error` : nothing}
    />`,
    );
  }

  private renderField(field: CommentField, label: string, mark: unknown, control: unknown) {
    const error = this.fieldErrors[field];
    return html`<p part="field" class="field">
      <label part="label" for=${field}>${label} ${mark}</label>
      ${control}
      ${error ? html`<span part="error" class="error" id="${field}-error">${error}</span>` : nothing}
    </p>`;
  }

  #announce(message: string): void {
    this.dispatchEvent(new AnnounceRequestEvent(message));
  }

  #field(name: CommentField): HTMLInputElement | HTMLTextAreaElement | null {
    return this.renderRoot.querySelector(`#${name}`);
  }

  async #showProblems(problems: Partial<Record<CommentField, string>>, summary?: string): Promise<void> {
    this.fieldErrors = problems;
    const count = Object.keys(problems).length;
    this.#announce(`${summary ?? this.section.ui.plural('fixFields', count)} ${Object.values(problems).join(' ')}`);
    await this.updateComplete;
    const first = FIELD_ORDER.find((field) => problems[field]);
    if (first) this.#field(first)?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'parley-comment-form': ParleyCommentForm;
  }
}
