/**
 * What the reader's browser keeps about their likes, for the whole site: the comments they liked (so each shows
 * pressed, and is liked once), and their anonymous reader token (so a server can count one like per reader).
 */
import type { Check } from '../../model/shape.js';
import { readStored, writeStored } from '../../model/stored.js';

const LIKED_KEY = 'parley:liked';
const READER_KEY = 'parley:reader';
/** The most recent likes kept: enough for any page a reader returns to, bounded so the record stays small. */
const MAX_LIKED = 1000;

const idList: Check<string[]> = (value): value is string[] =>
  Array.isArray(value) && value.every((id) => typeof id === 'string');
const token: Check<string> = (value): value is string => typeof value === 'string' && /^[\w-]{8,64}$/.test(value);

/** The ids the reader liked, read once per page. */
let liked: Set<string> | undefined;
const likedIds = () => (liked ??= new Set(readStored(LIKED_KEY, idList)));

export const isLiked = (id: string): boolean => likedIds().has(id);

export function rememberLike(id: string, on: boolean): void {
  const ids = likedIds();
  ids.delete(id);
  if (on) ids.add(id);
  writeStored(LIKED_KEY, [...ids].slice(-MAX_LIKED));
}

/** The reader's token, made on their first like: 128 random bits, written as four words of base 36 joined by '-'. */
export function readerToken(): string {
  let reader = readStored(READER_KEY, token);
  if (!reader) {
    reader = Array.from(crypto.getRandomValues(new Uint32Array(4)), (word) => word.toString(36)).join('-');
    writeStored(READER_KEY, reader);
  }
  return reader;
}
