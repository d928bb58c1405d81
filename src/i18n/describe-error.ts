/** Turns a failed request into words for the reader. */
// eslint-disable-next-line no-restricted-imports -- moved by the layering change
import { BackendError } from '../backends/backend.js';
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
  return error.kind === 'rejected'
    ? error.message
    : ui.text(MESSAGES[error.kind], { seconds: Math.ceil((error.retryAfter ?? 60_000) / 1000) });
}
