/** Registers `<parley-comment-form>`. A section loads this chunk on demand, with its first page of comments, so reading costs no form code. */
import { ParleyCommentForm } from './comment-form.js';
import { enForm } from '../../i18n/en-form.js';
import { english } from '../../i18n/ui.js';

Object.assign(english, enForm);
if (!customElements.get('parley-comment-form')) customElements.define('parley-comment-form', ParleyCommentForm);
