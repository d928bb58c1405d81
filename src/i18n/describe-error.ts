/**
 * Turns a failed request into words for the reader. Loaded when something fails (the form brings it along), so
 * the path to the first comment carries none of it.
 */
import { BackendError } from '../model/errors.js';
import { enErrors } from './en-errors.js';
import { fill } from './strings.js';
import type { Ui } from './ui.js';

const MESSAGES = {
  network: 'errorNetwork',
  timeout: 'errorTimeout',
  server: 'errorServer',
  invalid: 'errorInvalid',
} as const;

/** What a reader is told about a failed request, in the section's language; a refusal is told in the backend's words. */
export function describeError(error: unknown, ui: Ui): string {
  // Anything else (a page's own backend throwing, a broken configuration) is the site's to read, in `parley-error`:
  // the reader gets words, never an error's raw text.
  if (!(error instanceof BackendError)) return explain('errorServer', ui);
  if (error.kind === 'rejected') return error.message;
  // A backend that gave no time is waited for a minute; one whose time has passed, a second.
  if (error.kind === 'rate-limited') return askToWait(Math.max(1, Math.ceil((error.retryAfter ?? 60_000) / 1000)), ui);
  return explain(MESSAGES[error.kind], ui);
}

/** The section's words for `key`, else the English that came with this code; the connection's are built in. */
function explain(key: (typeof MESSAGES)[keyof typeof MESSAGES], ui: Ui): string {
  return ui.strings[key] ?? (key === 'errorNetwork' ? ui.text(key) : enErrors[key]);
}

/**
 * Asks the reader to wait `seconds`, in the form the language gives that number. A site's own wording from 0.1.0
 * is one text that names the number `{seconds}`.
 */
function askToWait(seconds: number, ui: Ui): string {
  return fill(ui.plural('errorRateLimited', seconds, ui.strings.errorRateLimited ?? enErrors.errorRateLimited), {
    seconds,
  });
}
