/** Which languages Parley speaks; English is built in, every other locale is its own chunk, loaded on demand. */
import type { Strings } from './strings.js';

/**
 * The string table of each language, as the module that holds it (its default export). English
 * is built in (the form's words arrive with the form), so its table is empty; every other
 * language is a full table in its own chunk.
 */
export const locales: Record<string, () => Promise<{ default: Partial<Strings> }>> = {
  en: async () => ({ default: {} }),
  ar: () => import('./ar.js'),
  de: () => import('./de.js'),
  es: () => import('./es.js'),
  fr: () => import('./fr.js'),
  he: () => import('./he.js'),
  ja: () => import('./ja.js'),
  ko: () => import('./ko.js'),
  'pt-BR': () => import('./pt-BR.js'),
  ro: () => import('./ro.js'),
  ru: () => import('./ru.js'),
  'zh-CN': () => import('./zh-CN.js'),
  'zh-TW': () => import('./zh-TW.js'),
};

/**
 * A tag every `Intl` constructor accepts, as close to `tag` as it can be: pages write `en_US`, `EN-us` or
 * `x-klingon`, and `Intl` throws on tags that are not well-formed BCP 47. Underscores become hyphens, then
 * subtags are dropped from the end until the rest is valid (`pt_BR_!!` → `pt-BR`, `en-` → `en`), else English.
 */
export function usableLang(tag: string): string {
  for (const subtags = tag.trim().split(/[-_]/); subtags.length; subtags.pop()) {
    try {
      // `Intl.Locale` accepts exactly the tags the other constructors accept, and writes them canonically: `EN-us` → `en-US`.
      return `${new Intl.Locale(subtags.join('-'))}`;
    } catch {
      // Not well-formed: try without the last subtag.
    }
  }
  return 'en';
}

/** A language with its writing system, filled in when the tag leaves it out: `zh-HK` → `zhHant`, `pt` → `ptLatn`. */
function writtenLanguage(tag: string): string {
  const { language, script } = new Intl.Locale(tag).maximize();
  return language + script;
}

/**
 * The supported locale that writes the same language in the same script, else English: `zh-HK`
 * and `zh-Hant` get `zh-TW`, `zh-SG` and `zh` get `zh-CN`, `pt-PT` gets `pt-BR`, `de-AT` gets `de`.
 * Every supported locale differs from the others by language or script.
 */
export function matchLocale(tag: string): string {
  const lang = usableLang(tag);
  // English is known without the browser's locale data, slow to load the first time.
  if (/^en\b/.test(lang)) return 'en';
  const wanted = writtenLanguage(lang);
  return Object.keys(locales).find((name) => writtenLanguage(name) === wanted) ?? 'en';
}
