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
  'rate-limited': 'errorRateLimited',
} as const;

/** What a reader is told about a failed request, in the section's language; a refusal is told in the backend's words. */
export function describeError(error: unknown, ui: Ui): string {
  // Anything else (a page's own backend throwing, a broken configuration) is the site's to read, in `parley-error`:
  // the reader gets words, never an error's raw text.
  if (!(error instanceof BackendError)) return explain('errorServer', ui);
  if (error.kind === 'rejected') return error.message;
  return explain(MESSAGES[error.kind], ui, { seconds: Math.ceil((error.retryAfter ?? 60_000) / 1000) });
}

/** The section's words for `key`, else the English that came with this code; the connection's are built in. */
function explain(key: (typeof MESSAGES)[keyof typeof MESSAGES], ui: Ui, values: Record<string, number> = {}): string {
  const words = ui.strings[key] ?? (key === 'errorNetwork' ? undefined : enErrors[key]);
  return words === undefined ? ui.text(key, values) : fill(words, values);
}
