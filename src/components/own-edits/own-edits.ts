/**
 * Edit and Delete on the reader's own comments, while their backend lets them: a chunk loaded once the thread shown
 * holds such a comment (`section/edit-watch.ts`). It finds those few comments by id after each drawing of the list,
 * so the other comments cost nothing, and takes the buttons away when their time is up, without a reload.
 * Editing opens the text in place; deleting asks first, in place. Every outcome is announced, and a failure keeps
 * the reader's text.
 */
import { css } from 'lit';
import type { ReactiveControllerHost } from 'lit';
import type { CommentingOptions } from '../../section/commenting.js';
import { editableIn, forgetEditable } from '../../drafts/editable.js';
import type { Editable } from '../../drafts/editable.js';
import { enEdit } from '../../i18n/en-edit.js';
import { describeError } from '../../i18n/describe-error.js';
import type { EditStrings } from '../../i18n/strings.js';
import { BackendError } from '../../model/errors.js';
import { contentProblem, LIMITS } from '../../model/validation.js';
import type { ParleyComment } from '../comment/comment.js';
import { h } from '../comment/dom.js';
import { addStyles } from '../shared.styles.js';

/** The parts of what this code draws, forwarded by the list along with its own (`components/parts.ts`). */
const PARTS = [
  'edit-button',
  'delete-button',
  'edit-form',
  'edit-label',
  'edit-textarea',
  'edit-error',
  'edit-save',
  'edit-cancel',
  'delete-confirm',
  'delete-question',
  'delete-confirm-button',
  'delete-cancel',
];

/** The longest wait a timer takes (about 24 days); a window longer than that is looked at again then. */
const MAX_TIMER = 2 ** 31 - 1;

const styles = css`
  .own-actions:not([hidden]) {
    display: contents;
  }
  /* Edit and Delete sit as Reply does: as far apart as it is from them. */
  .own-actions > button {
    padding-inline: 0;
  }
  .edit-form > label {
    font-weight: 600;
  }
  .edit-form {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  .edit-textarea {
    font: inherit;
    color: inherit;
    inline-size: 100%;
    min-block-size: 6rem;
    resize: vertical;
    padding: calc(var(--_space) * 0.5);
    border: var(--_field-border);
    border-radius: var(--_radius);
    background: var(--_field-bg);
  }
  .edit-textarea[aria-invalid='true'] {
    border-color: var(--_error);
    box-shadow: 0 0 0 1px var(--_error);
  }
  .edit-error {
    margin: 0;
    color: var(--_error);
    font-size: 0.9375em;
  }
  .edit-actions,
  .delete-confirm {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.5);
  }
  .delete-confirm > p {
    margin: 0;
  }
`;

type Host = ReactiveControllerHost & HTMLElement;

/** What each own comment on screen has drawn: its buttons, and the box or question open instead of them. */
interface Drawn {
  article: HTMLElement;
  record: Editable;
  actions: HTMLElement;
  editButton: HTMLButtonElement;
  deleteButton: HTMLButtonElement;
}

/** Edit and Delete for one section (their parts are listed with `<parley-comment>`'s, where they are drawn). */
export class OwnEdits {
  readonly #host: Host;
  readonly #options: CommentingOptions;
  /** The list's shadow root, last drawn. */
  #root?: ShadowRoot;
  #timer?: ReturnType<typeof setTimeout>;
  /** What takes focus once the list has drawn what changed. */
  #focus?: (root: ShadowRoot) => HTMLElement | null | undefined;

  constructor(host: Host, options: CommentingOptions) {
    this.#host = host;
    this.#options = options;
    options.locale.addEnglish(enEdit);
  }

  /** Called after each drawing of the list: buttons on the own comments that may still change, none on the others. */
  show(root: ShadowRoot): void {
    this.#root = root;
    addStyles(root, styles);
    forwardParts(root.host);
    const own = editableIn(this.#options.loader.thread);
    const open = new Set(own.map(({ id }) => `comment-${id}`));
    for (const actions of root.querySelectorAll<HTMLElement>('.own-actions')) {
      const article = actions.parentElement!;
      // Time is up: the buttons go, unless the reader is in the middle of a change (its answer will say so).
      if (!open.has(article.id) && !article.querySelector('.edit-form, .delete-confirm')) actions.remove();
    }
    for (const record of own) {
      const article = root.getElementById(`comment-${record.id}`);
      const { comment } = (article?.parentElement as ParleyComment | null)?.node ?? {};
      // A held comment offers none: the copy the browser keeps of it would show the old text again.
      if (article && comment?.status === 'approved' && !article.querySelector(':scope > .own-actions'))
        this.#addButtons(article, record);
    }
    clearTimeout(this.#timer);
    const next = Math.min(...own.map(({ until }) => Date.parse(until)));
    if (Number.isFinite(next))
      this.#timer = setTimeout(() => this.show(root), Math.min(MAX_TIMER, Math.max(0, next - Date.now()) + 20));
    const focus = this.#focus?.(root);
    if (focus) {
      this.#focus = undefined;
      focus.focus();
    }
  }

  #text(key: keyof EditStrings): string {
    return this.#options.locale.ui.text(key);
  }

  #announce(message: string): void {
    this.#options.announcer.announce(message);
  }

  #addButtons(article: HTMLElement, record: Editable): void {
    const editButton = h('button', { part: 'edit-button', class: 'link' }, this.#text('edit')) as HTMLButtonElement;
    const deleteButton = h(
      'button',
      { part: 'delete-button', class: 'link' },
      this.#text('delete'),
    ) as HTMLButtonElement;
    const actions = h('span', { class: 'own-actions' }, editButton, deleteButton);
    article.querySelector(':scope > [part=reply-button]')!.after(actions);
    const drawn: Drawn = { article, record, actions, editButton, deleteButton };
    editButton.onclick = () => this.#openEditor(drawn);
    deleteButton.onclick = () => this.#ask(drawn);
  }

  /** Back to the buttons, focused where the reader left them; those whose time is up go now. */
  #close(drawn: Drawn, opened: HTMLElement, focus: HTMLButtonElement): void {
    opened.remove();
    drawn.article.querySelector<HTMLElement>(':scope > [part=body]')!.hidden = false;
    drawn.actions.hidden = false;
    focus.focus();
    if (this.#root) this.show(this.#root);
  }

  #openEditor(drawn: Drawn): void {
    const { article, record, actions } = drawn;
    const body = article.querySelector<HTMLElement>(':scope > [part=body]')!;
    const { comment } = (article.parentElement as ParleyComment).node;
    const id = `${article.id}-edit`;
    const textarea = h('textarea', {
      id,
      part: 'edit-textarea',
      class: 'edit-textarea',
      rows: '4',
      maxlength: String(LIMITS.content),
    }) as HTMLTextAreaElement;
    textarea.value = comment.content;
    const error = h('p', { id: `${id}-error`, part: 'edit-error', class: 'edit-error', hidden: '' });
    const save = h('button', { part: 'edit-save', class: 'primary' }, this.#text('save'));
    const cancel = h('button', { type: 'button', part: 'edit-cancel' }, this.#text('cancel'));
    const form = h(
      'form',
      { part: 'edit-form', class: 'edit-form', novalidate: '' },
      h('label', { for: id, part: 'edit-label' }, this.#text('editLabel')),
      textarea,
      error,
      h('div', { class: 'edit-actions' }, save, cancel),
    ) as HTMLFormElement;
    const close = () => this.#close(drawn, form, drawn.editButton);
    const fail = (message: string) => {
      error.textContent = message;
      error.hidden = false;
      textarea.setAttribute('aria-describedby', error.id);
    };
    cancel.onclick = close;
    form.onkeydown = (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        close();
      }
    };
    textarea.oninput = () => {
      if (textarea.getAttribute('aria-invalid') !== 'true') return;
      textarea.removeAttribute('aria-invalid');
      error.hidden = true;
      textarea.removeAttribute('aria-describedby');
    };
    form.onsubmit = async (event) => {
      event.preventDefault();
      if (save.getAttribute('aria-disabled') === 'true') return;
      const problem = contentProblem(textarea.value);
      if (problem) {
        fail(
          this.#options.locale.ui.text(problem, { max: LIMITS.content.toLocaleString(this.#options.locale.ui.lang) }),
        );
        textarea.setAttribute('aria-invalid', 'true');
        textarea.focus();
        return;
      }
      save.setAttribute('aria-disabled', 'true');
      try {
        const { backend } = await this.#options.source.get();
        const edited = await backend.edit!(
          record.id,
          { content: textarea.value.trim(), ...(record.format && { format: record.format }) },
          { signal: new AbortController().signal, token: record.token },
        );
        const { loader } = this.#options;
        // The comment is drawn anew with its new text; its likes stay as they were counted.
        loader.comments = loader.comments.map((kept) =>
          kept.id === record.id ? { likes: kept.likes, ...edited, id: record.id } : kept,
        );
        this.#focus = (root) =>
          root.getElementById(article.id)?.querySelector<HTMLElement>(':scope > .own-actions > [part=edit-button]');
        this.#announce(this.#text('editSaved'));
        this.#host.requestUpdate();
      } catch (failure) {
        const message = this.#explain(failure, record);
        // The window has closed: the text stays for the reader to copy, but cannot be saved any more.
        if (this.#closed(failure)) save.hidden = true;
        fail(message);
        this.#announce(message);
      } finally {
        save.removeAttribute('aria-disabled');
      }
    };
    body.hidden = true;
    actions.hidden = true;
    body.after(form);
    textarea.focus();
  }

  /** Asks, in place of the buttons, whether to delete; Cancel (or Escape) goes back to Delete. */
  #ask(drawn: Drawn): void {
    const { article, record, actions } = drawn;
    const id = `${article.id}-delete`;
    const confirm = h('button', { part: 'delete-confirm-button', class: 'primary' }, this.#text('deleteConfirm'));
    const cancel = h('button', { part: 'delete-cancel' }, this.#text('cancel')) as HTMLButtonElement;
    const error = h('p', { part: 'edit-error', class: 'edit-error', role: 'status', hidden: '' });
    const question = h(
      'div',
      { role: 'group', 'aria-labelledby': id, part: 'delete-confirm', class: 'delete-confirm' },
      h('p', { id, part: 'delete-question' }, this.#text('deleteQuestion')),
      confirm,
      cancel,
      error,
    );
    const close = () => this.#close(drawn, question, drawn.deleteButton);
    cancel.onclick = close;
    question.onkeydown = (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        close();
      }
    };
    confirm.onclick = async () => {
      if (confirm.getAttribute('aria-disabled') === 'true') return;
      confirm.setAttribute('aria-disabled', 'true');
      try {
        const { backend } = await this.#options.source.get();
        await backend.remove!(record.id, { signal: new AbortController().signal, token: record.token });
        forgetEditable(record.thread, record.id);
        const { loader } = this.#options;
        // Focus goes to the comment after it, else the one before, else the section's heading.
        const articles = [...this.#root!.querySelectorAll('article')];
        const at = articles.indexOf(article);
        const neighbour = (articles[at + 1] ?? articles[at - 1])?.id;
        loader.comments = loader.comments.filter((kept) => kept.id !== record.id);
        loader.total = Math.max(0, loader.total - 1);
        this.#focus = (root) =>
          (neighbour && root.getElementById(neighbour)) ||
          this.#host.shadowRoot?.querySelector<HTMLElement>('#heading');
        this.#announce(this.#text('deleted'));
        this.#host.requestUpdate();
      } catch (failure) {
        const message = this.#explain(failure, record);
        if (this.#closed(failure)) confirm.hidden = true;
        error.textContent = message;
        error.hidden = false;
        this.#announce(message);
        cancel.focus();
      } finally {
        confirm.removeAttribute('aria-disabled');
      }
    };
    actions.hidden = true;
    actions.after(question);
    cancel.focus();
  }

  /** Whether the backend said the comment may no longer be changed (403, 410: the window closed, or the token is wrong). */
  #closed(failure: unknown): boolean {
    return failure instanceof BackendError && (failure.status === 403 || failure.status === 410);
  }

  /** What the reader is told of a failed change; when the window has closed, the comment's record goes too. */
  #explain(failure: unknown, record: Editable): string {
    if (this.#closed(failure)) {
      forgetEditable(record.thread, record.id);
      return this.#text('editClosed');
    }
    return `${this.#text('editFailed')} ${describeError(failure, this.#options.locale.ui)}`;
  }
}

/** Adds this code's parts to those the list forwards to the page, so the path to the first comment carries none of their names. */
function forwardParts(list: Element): void {
  const forwarded = list.getAttribute('exportparts') ?? '';
  if (!forwarded.includes(PARTS[0])) list.setAttribute('exportparts', [forwarded, ...PARTS].filter(Boolean).join(', '));
}
