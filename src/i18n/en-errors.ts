/** English explanations of failed requests, which load with the code that explains (`describe-error.ts`). */
import type { ErrorStrings } from './strings.js';

export const enErrors: ErrorStrings = {
  errorTimeout: 'The comments server took too long to answer.',
  errorServer: 'The comments server had a problem.',
  errorInvalid: 'The comments server sent an answer that cannot be read.',
  errorRateLimited: {
    one: 'Too many comments at once. Please wait {n} second.',
    other: 'Too many comments at once. Please wait {n} seconds.',
  },
};
