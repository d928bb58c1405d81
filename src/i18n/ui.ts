/** Everything a component needs to speak the section's language: its strings, plurals and dates. */
import type { Plural, StringKey, Strings } from './strings.js';
import { fill } from './strings.js';

type PluralKey = { [K in keyof Strings]: Strings[K] extends Plural ? K : never }[keyof Strings];

export class Ui {
  readonly #plurals: Intl.PluralRules;
  readonly #dates: Intl.DateTimeFormat;

  constructor(
    readonly lang: string,
    readonly strings: Strings,
  ) {
    this.#plurals = new Intl.PluralRules(lang);
    this.#dates = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
  }

  text(key: StringKey, values: Record<string, string | number> = {}): string {
    return fill(this.strings[key], values);
  }

  plural(key: PluralKey, n: number): string {
    const forms = this.strings[key];
    const form = (n === 0 && forms.zero) || forms[this.#plurals.select(n)] || forms.other;
    return fill(form, { n: n.toLocaleString(this.lang) });
  }

  date(iso: string): string {
    return this.#dates.format(new Date(iso));
  }
}
