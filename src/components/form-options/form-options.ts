/**
 * The form's options, one chunk loaded with the form when the backend declares reader features: Write / Preview
 * for Markdown, and the checkbox asking for mail about replies.
 */
import { ParleyFormatToggle } from './format-toggle.js';
import { ParleyNotifyOption } from './notify-option.js';

/** Defines the options' elements, once per page; the form draws them where they belong. */
export function defineOptions(): void {
  if (customElements.get('parley-format-toggle')) return;
  customElements.define('parley-format-toggle', ParleyFormatToggle);
  customElements.define('parley-notify-option', ParleyNotifyOption);
}
