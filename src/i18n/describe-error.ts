/** What a reader is told about a failed request, in the section's language. */
import { BackendError } from '../backends/backend.js';
import type { Ui } from './ui.js';

export function describeError(error: unknown, ui: Ui): string {
  if (!(error instanceof BackendError)) return error instanceof Error ? error.message : String(error);
  switch (error.kind) {
    case 'network':
      return ui.text('errorNetwork');
    case 'timeout':
      return ui.text('errorTimeout');
    case 'server':
      return ui.text('errorServer');
    case 'invalid':
      return ui.text('errorInvalid');
    case 'rate-limited':
      return ui.text('errorRateLimited', { seconds: Math.ceil((error.retryAfter ?? 60_000) / 1000) });
    case 'rejected':
      return error.message;
  }
}

