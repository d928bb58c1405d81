/** `<parley-notify-option>`: "Notify me of follow-up comments by email.", for backends that send such mail. */
import { html, nothing } from 'lit';
import type { PropertyDeclaration } from 'lit';
import type { NewComment } from '../../model/comment.js';
import { FormOption } from './form-option.js';

/**
 * The checkbox asking for mail about replies; never ticked by default.
 *
 * @csspart notify - The checkbox and its label.
 */
export class ParleyNotifyOption extends FormOption {
  static override properties = {
    checked: { state: true },
  } satisfies { [K in keyof ParleyNotifyOption]?: PropertyDeclaration };
  protected readonly feature = 'notify';

  /** The reader ticked the box. @internal */
  checked = false;

  handleChange(event: Event): void {
    this.checked = (event.target as HTMLInputElement).checked;
  }

  protected addTo(comment: NewComment): void {
    if (this.checked) comment.notify = true;
  }

  protected override render() {
    if (!this.supported) return nothing;
    return html`<p part="notify" class="consent">
      <input type="checkbox" id="notify" .checked=${this.checked} @change=${this.handleChange} />
      <label for="notify">${this.say('notify')}</label>
    </p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'parley-notify-option': ParleyNotifyOption;
  }
}
