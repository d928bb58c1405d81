/**
 * The chunk a `rest` page loads after its first comments (`rest-posting.ts`): the POST and the reader's held
 * comments. When it cannot be loaded, that is an unreachable server, which posting retries and a list shows with Retry.
 */
import { BackendError } from '../model/errors.js';

export const later = () =>
  import('./rest-posting.js').catch((cause: unknown) => {
    throw new BackendError('network', 'Unreachable', { cause });
  });
