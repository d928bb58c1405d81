/** Schema helpers only adapters need, kept out of parley.js (see the note in `model/comment.ts`). */
import * as z from 'zod/mini';

/** A value of a shape zod's small set cannot say, checked by a test. */
export const matching = <T>(test: (value: unknown) => boolean) => z.custom<T>(test);

/** Whether a value is an object whose values are all strings (WordPress's avatar sizes, error parameters). */
export const isStringRecord = (value: unknown): value is Record<string, string> =>
  typeof value === 'object' && value !== null && Object.values(value).every((item) => typeof item === 'string');

export const stringRecord = matching<Record<string, string>>(isStringRecord);

/** Any number: a test, since zod's number schema would be one more kind of schema in parley.js. */
export const anyNumber = matching<number>((value) => typeof value === 'number');
