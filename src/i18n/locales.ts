/** Which languages Parley speaks; English is built in, every other locale is its own chunk, loaded on demand. */
import type { Strings } from './strings.js';
import { en } from './en.js';

export const locales: Record<string, () => Promise<Strings>> = {
  en: async () => en,
};

/** The supported locale closest to a BCP 47 tag: the exact tag, then the language alone, else English. */
export function matchLocale(tag: string): string {
  const known = Object.keys(locales);
  const wanted = tag.trim().toLowerCase();
  const exact = known.find((name) => name.toLowerCase() === wanted);
  if (exact) return exact;
  const language = wanted.split('-')[0];
  return known.find((name) => name.toLowerCase() === language) ?? known.find((name) => name.split('-')[0] === language) ?? 'en';
}
