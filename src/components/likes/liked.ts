/**
 * What the reader's browser keeps about their likes, for the whole site: the comments they liked (so each shows
 * pressed, and is liked once), and their anonymous reader token (so a server can count one like per reader).
 *
 * The liked comments are read on the way to the first comments, with the core's one-text reader; the storage
 * helpers (`model/stored.ts`, in the chunk loaded for posting) load with the reader's first press, not before.
 */
import type { Check } from '../../model/shape.js';
import { localText } from '../../model/local-text.js';

const LIKED_KEY = 'parley:liked';
const READER_KEY = 'parley:reader';
/** The most recent likes kept: enough for any page a reader returns to, bounded so the record stays small. */
const MAX_LIKED = 1000;

const idList: Check<string[]> = (value): value is string[] =>
  Array.isArray(value) && value.every((id) => typeof id === 'string');
const token: Check<string> = (value): value is string => typeof value === 'string' && /^[\w-]{8,64}$/.test(value);

/** The ids the reader liked, read once per page; a record that is not a list of ids counts as none. */
let liked: Set<string> | undefined;
function likedIds(): Set<string> {
  if (!liked) {
    let ids: unknown;
    try {
      ids = JSON.parse(localText(LIKED_KEY) ?? '[]');
    } catch {
      // Damaged: read as none.
    }
    liked = new Set(idList(ids) ? ids : []);
  }
  return liked;
}

export const isLiked = (id: string): boolean => likedIds().has(id);

export async function rememberLike(id: string, on: boolean): Promise<void> {
  const ids = likedIds();
  ids.delete(id);
  if (on) ids.add(id);
  const { writeStored } = await import('../../model/stored.js');
  writeStored(LIKED_KEY, [...ids].slice(-MAX_LIKED));
}

/** The reader's token, made on their first like: 128 random bits, written as four words of base 36 joined by '-'. */
export async function readerToken(): Promise<string> {
  const { readStored, writeStored } = await import('../../model/stored.js');
  let reader = readStored(READER_KEY, token);
  if (!reader) {
    reader = Array.from(crypto.getRandomValues(new Uint32Array(4)), (word) => word.toString(36)).join('-');
    writeStored(READER_KEY, reader);
  }
  return reader;
}
