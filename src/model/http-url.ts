/** Backend addresses made canonical: kept apart from `url.ts`, which the path to the first comment needs alone. */
import { isHttpUrl } from './url.js';

/** The URL if it is an absolute http(s) one (the only kind Parley links to), else `undefined`. */
export function httpUrl(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return isHttpUrl(trimmed) ? new URL(trimmed).href : undefined;
}
