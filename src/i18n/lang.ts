/** Language tags as pages write them, made usable; built in, unlike the list of languages (`locales.ts`). */

/**
 * A tag every `Intl` constructor accepts, as close to `tag` as it can be: pages write `en_US`, `EN-us` or
 * `x-klingon`, and `Intl` throws on tags that are not well-formed BCP 47. Underscores become hyphens, then
 * subtags are dropped from the end until the rest is valid (`pt_BR_!!` → `pt-BR`, `en-` → `en`), else English.
 */
export function usableLang(tag: string): string {
  for (const subtags = tag.trim().split(/[-_]/); subtags.length; subtags.pop()) {
    try {
      // `Intl.Locale` accepts exactly the tags the other constructors accept, and writes them canonically: `EN-us` → `en-US`.
      return new Intl.Locale(subtags.join('-')).toString();
    } catch {
      // Not well-formed: try without the last subtag.
    }
  }
  return 'en';
}

/** Whether a usable tag is English, which is built in: known without the browser's locale data, slow to load the first time. */
export const isEnglish = (lang: string): boolean => /^en\b/.test(lang);
