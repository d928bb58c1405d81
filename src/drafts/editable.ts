/**
 * What the reader's browser keeps of the comments they may still edit or delete: for each, its thread, the token its
 * backend gave with it, until when it may be changed, and how its text is written. Kept in `localStorage`
 * (`parley:editable`) like the reader's held comments, each record until its time is up; never their name or email.
 */
import { isList, isText, object, optional } from '../model/shape.js';
import type { Comment, TextFormat } from '../model/comment.js';
import { isTime } from '../model/comment.js';
import { readStored, writeStored } from '../model/stored.js';

export const EDITABLE_KEY = 'parley:editable';
/** The most records kept: more own comments than anyone edits at once, bounded so the record stays small. */
const MAX_EDITABLE = 50;

const isEditable = object({
  id: isText,
  thread: isText,
  token: isText,
  until: isTime,
  format: optional((value: unknown): value is TextFormat => value === 'text' || value === 'markdown'),
});

/** One comment the reader may change, until `until` (ISO 8601). */
export interface Editable {
  id: string;
  thread: string;
  token: string;
  until: string;
  format?: TextFormat;
}

/** The records still good at `now`; those whose time is up are dropped from storage as they are met. */
function stored(now: number): Editable[] {
  const all = (readStored(EDITABLE_KEY, isList) ?? []).filter(isEditable);
  const good = all.filter(({ until }) => Date.parse(until) > now);
  if (good.length !== all.length) writeStored(EDITABLE_KEY, good.length ? good : undefined);
  return good;
}

/** The comments of `thread` the reader may still change. */
export const editableIn = (thread: string, now = Date.now()): Editable[] =>
  stored(now).filter((record) => record.thread === thread);

/** Keeps the token of a comment the reader just posted to `thread`, when its backend gave one. */
export function keepEditable(thread: string, { id, editToken, editableUntil }: Comment, format?: TextFormat): void {
  if (!editToken || !editableUntil) return;
  const others = stored(Date.now()).filter((record) => record.id !== id || record.thread !== thread);
  const record: Editable = { id, thread, token: editToken, until: editableUntil, ...(format && { format }) };
  writeStored(EDITABLE_KEY, [...others, record].slice(-MAX_EDITABLE));
}

/** Forgets a comment: deleted, or its backend said its time is up. */
export function forgetEditable(thread: string, id: string): void {
  const kept = stored(Date.now()).filter((record) => record.id !== id || record.thread !== thread);
  writeStored(EDITABLE_KEY, kept.length ? kept : undefined);
}
