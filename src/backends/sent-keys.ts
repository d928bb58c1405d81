/**
 * The keys of the comments this browser has sent, for the backends that take no `Idempotency-Key` (WordPress,
 * Waline): their duplicate check then tells a lost earlier attempt of ours from a reader posting the same text twice.
 */
import { DAY, isFresh, readStored, writeStored } from '../model/stored.js';
import { isList } from '../model/shape.js';

/** Where the keys of the comments sent from this browser are kept, and for how long. */
const SENT_KEYS = 'parley:sent';
const SENT_MAX_AGE_MS = 7 * DAY;
const SENT_MAX = 50;

/** The keys sent so far: kept in memory too, for when storage is full or forbidden. */
const sentInMemory = new Map<string, number>();

/** One sent key and when it was sent. */
const isSent = (entry: unknown): entry is [string, number] =>
  Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'number';

const storedSent = (): Array<[string, number]> => (readStored(SENT_KEYS, isList) ?? []).filter(isSent);

/**
 * Notes that the comment with this `Idempotency-Key` is being sent, and says whether it was sent before: by an
 * earlier attempt of this page, or of a page since reloaded (posting keeps a comment's key until it is
 * delivered). Backends that take no key use it to tell their duplicate check catching our own earlier, lost
 * attempt from a reader posting the same text twice. Only keys and times are kept, nothing the reader wrote.
 */
export function sendingAgain(key: string, now = Date.now()): boolean {
  const sent = new Map([...storedSent(), ...sentInMemory].filter(([, at]) => isFresh(at, SENT_MAX_AGE_MS, now)));
  const again = sent.delete(key);
  sent.set(key, now);
  const kept = [...sent].slice(-SENT_MAX);
  sentInMemory.clear();
  for (const [sentKey, at] of kept) sentInMemory.set(sentKey, at);
  // Storage full or forbidden: this page still remembers.
  writeStored(SENT_KEYS, kept);
  return again;
}
