/**
 * The chunk a page loads after its first comments (`moderated.ts`): the WordPress and Waline adapters,
 * `rest`'s posting and the reader's held comments. When it cannot be loaded, that is an unreachable server,
 * which posting retries and a list shows with Retry.
 */
import { BackendError } from '../model/errors.js';

export const later = () =>
  import('./moderated.js').catch((cause: unknown) => {
    throw new BackendError('network', 'Unreachable', { cause });
  });
