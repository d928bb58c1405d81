/** Helpers only the WordPress and Waline adapters need, kept out of parley.js (see the note in `model/comment.ts`). */
import * as z from '../model/zod.js';
import { describeUnreadable } from '../model/comment.js';
import type { Comment } from '../model/comment.js';
import { BackendError } from '../model/errors.js';

export { anyList, anyNumber, isStringRecord, matching, stringRecord } from './checks.js';

/**
 * Reads each item with `schema` and maps it to a comment; an item that fails is left out and described by its id
 * (`id` unless the backend names it otherwise), so one bad comment from a backend never blanks a discussion.
 */
export function readEach<T>(
  items: readonly unknown[],
  schema: z.ZodMiniType<T>,
  map: (item: T) => Comment,
  into: { comments: Comment[]; unreadable: string[] },
  idOf = (item: unknown) => (item as { id?: unknown } | null)?.id,
): void {
  for (const item of items) {
    const result = z.safeParse(schema, item);
    if (result.success) into.comments.push(map(result.data));
    else into.unreadable.push(describeUnreadable(idOf(item), result.error.issues[0]?.path.join('.') ?? ''));
  }
}

/** The page number a cursor stands for, for backends that page by number (the first page has no cursor). */
export function pageOf(cursor: string | undefined, backend: string): number {
  const page = cursor ? Number(cursor) : 1;
  if (!Number.isInteger(page) || page < 1)
    throw new BackendError('invalid', `"${cursor}" is not a page of ${backend} comments.`);
  return page;
}

/**
 * Whether a text is a date and time that exists: ISO 8601 with a zone, which `Date.parse` reads (so it survives
 * `toISOString` and `Intl.DateTimeFormat#format`), on a day the calendar has (`Date.parse` may read February 31
 * as March 2).
 */
export function isDateTime(value: string): boolean {
  const day = /^(\d{4})-(\d\d)-(\d\d)T\d\d:\d\d(?::\d\d(?:\.\d{1,9})?)?(?:Z|[+-]\d\d:\d\d)$/.exec(value);
  if (!day || Number.isNaN(Date.parse(value))) return false;
  const [year, month, date] = [Number(day[1]), Number(day[2]), Number(day[3])];
  const calendar = new Date(0);
  calendar.setUTCFullYear(year, month - 1, date);
  return calendar.getUTCMonth() === month - 1 && calendar.getUTCDate() === date;
}

/** The largest time a JavaScript date can hold, in milliseconds either side of 1970. */
export const MAX_TIME = 8.64e15;

/** Parses an answer with a schema; a mismatch is an `invalid` error naming the first wrong field. */
export function parseAnswer<T>(schema: z.ZodMiniType<T>, body: unknown): T {
  const result = z.safeParse(schema, body);
  if (result.success) return result.data;
  throw new BackendError('invalid', `Unexpected answer at ${result.error.issues[0]?.path.join('.')}`, {
    cause: result.error,
  });
}
