/**
 * Schemas written as tests, for the shapes zod's small set cannot say (see the note in `model/comment.ts`): shared by
 * the adapters and by the code that posts and remembers held comments, so they travel with whichever comes first.
 */
import * as z from '../model/zod.js';

/** A value of a shape zod's small set cannot say, checked by a test. */
export const matching = <T>(test: (value: unknown) => boolean) => z.custom<T>(test);

/** Whether a value is an object whose values are all strings (WordPress's avatar sizes, error parameters). */
export const isStringRecord = (value: unknown): value is Record<string, string> =>
  typeof value === 'object' && value !== null && Object.values(value).every((item) => typeof item === 'string');

export const stringRecord = matching<Record<string, string>>(isStringRecord);

/** Any number: a test, since zod's number schema would be one more kind of schema in parley.js. */
export const anyNumber = matching<number>((value) => typeof value === 'number');

/** A list whose items are read one by one (`readEach`), so one bad item does not fail the page. */
export const anyList = matching<unknown[]>(Array.isArray);
