/** Reading one text from `localStorage` on the way to the first comment, without the storage helpers (`stored.ts`) that come later. */

/** The text kept under `key`, or null when there is none or storage is closed (sandboxed frames, blocked cookies). */
export function localText(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}
