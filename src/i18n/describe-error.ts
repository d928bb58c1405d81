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
  if (!(error instanceof BackendError)) return error instanceof Error ? error.message : String(error);
  if (error.kind === 'rejected') return error.message;
  const key = MESSAGES[error.kind];
  const values = { seconds: Math.ceil((error.retryAfter ?? 60_000) / 1000) };
  // The section's table, else the English words that came with this code; the connection's are built in.
  const words = ui.strings[key] ?? (key === 'errorNetwork' ? undefined : enErrors[key]);
  return words === undefined ? ui.text(key, values) : fill(words, values);
}
