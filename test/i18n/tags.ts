/** Language tags as real pages write them, each with the tag the section formats with: `[lang, usable tag]`. */
export const TAGS: Array<[string, string]> = [
  ['en_US', 'en-US'],
  ['pt_BR', 'pt-BR'],
  ['zh_Hant_TW', 'zh-Hant-TW'],
  ['EN-us', 'en-US'],
  ['x-klingon', 'en'],
  ['i-default', 'en'],
  ['de-DE-u-co-phonebk', 'de-DE-u-co-phonebk'],
  ['123', 'en'],
  ['', 'en'],
  ['-', 'en'],
  ['en-', 'en'],
  [`fr-CA-${'x'.repeat(294)}`, 'fr-CA'],
  ['sr-Latn-RS', 'sr-Latn-RS'],
  [' de ', 'de'],
  ['pt_BR_!!', 'pt-BR'],
];

/** A tag short enough for a test's name. */
export const named = (tag: string) => (tag.length > 20 ? `${tag.slice(0, 12)}… (${tag.length} characters)` : tag);
