/**
 * Parley's records in the browser's storage: what is read passes a schema, and a storage that is full,
 * forbidden (private modes, sandboxed frames) or holding something else counts as holding nothing.
 */
import type { Check } from './shape.js';

/** `localStorage`, or undefined where merely touching it throws. */
export function localStore(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** `sessionStorage` (gone with the tab), or undefined where merely touching it throws. */
export function sessionStore(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

/** A day in milliseconds, for how long records are kept. */
export const DAY = 24 * 60 * 60 * 1000;

/** Whether a record saved at `savedAt` is still young enough to keep (one from the future, a clock changed, is not). */
export const isFresh = (savedAt: number, maxAge: number, now = Date.now()): boolean =>
  savedAt <= now && now - savedAt < maxAge;

/** The record under `key` when it passes `check`, else undefined. */
export function readStored<T>(key: string, check: Check<T>, storage = localStore()): T | undefined {
  try {
    const stored = storage?.getItem(key);
    const value: unknown = stored ? JSON.parse(stored) : undefined;
    return check(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Stores `value` under `key`, or removes the record when `value` is undefined. */
export function writeStored(key: string, value: unknown, storage = localStore()): void {
  try {
    if (value === undefined) storage?.removeItem(key);
    else storage?.setItem(key, JSON.stringify(value));
  } catch {
    // Full or forbidden: what the reader typed is still on screen; only a reload would lose it.
  }
}
