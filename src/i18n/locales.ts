/**
 * Which languages Parley speaks besides English, and their tables: loaded only by a section that speaks another
 * language (English is built in), so the list grows without weighing on English pages.
 */
import type { Strings } from './strings.js';
import { isEnglish, usableLang } from './lang.js';

export { usableLang } from './lang.js';

/**
 * The string table of each language, as the module that holds it (its default export). English
 * is built in (the form's words arrive with the form), so its table is empty; every other
 * language is a full table in its own chunk.
 */
export const locales: Record<string, () => Promise<{ default: Partial<Strings> }>> = {
  en: async () => ({ default: {} }),
  ar: () => import('./ar.js'),
  bn: () => import('./bn.js'),
  cs: () => import('./cs.js'),
  da: () => import('./da.js'),
  de: () => import('./de.js'),
  el: () => import('./el.js'),
  es: () => import('./es.js'),
  fa: () => import('./fa.js'),
  fi: () => import('./fi.js'),
  fr: () => import('./fr.js'),
  he: () => import('./he.js'),
  hi: () => import('./hi.js'),
  hu: () => import('./hu.js'),
  id: () => import('./id.js'),
  it: () => import('./it.js'),
  ja: () => import('./ja.js'),
  ko: () => import('./ko.js'),
  nb: () => import('./nb.js'),
  nl: () => import('./nl.js'),
  pl: () => import('./pl.js'),
  'pt-BR': () => import('./pt-BR.js'),
  ro: () => import('./ro.js'),
  ru: () => import('./ru.js'),
  sv: () => import('./sv.js'),
  th: () => import('./th.js'),
  tr: () => import('./tr.js'),
  uk: () => import('./uk.js'),
  ur: () => import('./ur.js'),
  vi: () => import('./vi.js'),
  'zh-CN': () => import('./zh-CN.js'),
  'zh-TW': () => import('./zh-TW.js'),
};

/** Tags of the same written language that `Intl` does not bring together: Norwegian (`no`) is written as Bokmål. */
const SAME_LANGUAGE: Record<string, string> = { no: 'nb' };

/** A language with its writing system, filled in when the tag leaves it out: `zh-HK` → `zhHant`, `pt` → `ptLatn`. */
function writtenLanguage(tag: string): string {
  const { language, script } = new Intl.Locale(tag).maximize();
  return (SAME_LANGUAGE[language] ?? language) + script;
}

/**
 * The supported locale that writes the same language in the same script, else English: `zh-HK`
 * and `zh-Hant` get `zh-TW`, `zh-SG` and `zh` get `zh-CN`, `pt-PT` gets `pt-BR`, `de-AT` gets `de`.
 * Every supported locale differs from the others by language or script.
 */
export function matchLocale(tag: string): string {
  const lang = usableLang(tag);
  // English is known without the browser's locale data, slow to load the first time.
  if (isEnglish(lang)) return 'en';
  const wanted = writtenLanguage(lang);
  return Object.keys(locales).find((name) => writtenLanguage(name) === wanted) ?? 'en';
}

/** The string table of the supported language closest to `tag`: empty for English, which is built in. */
export async function tableFor(tag: string): Promise<Partial<Strings>> {
  return (await locales[matchLocale(tag)]()).default;
}
