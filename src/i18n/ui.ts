/** Everything a component needs to speak the section's language: its strings, plurals and dates. */
import type { Plural, StringKey, Strings } from './strings.js';
import { fill } from './strings.js';

type PluralKey = { [K in keyof Strings]: Strings[K] extends Plural ? K : never }[keyof Strings];

/**
 * A language's strings and formats. The formats are made on first use: the first date format a page makes
 * loads the browser's calendar data, tens of milliseconds that a section never opened should not cost.
 */
export class Ui {
  #plurals?: Intl.PluralRules;
  #dates?: Intl.DateTimeFormat;

  constructor(
    readonly lang: string,
    readonly strings: Partial<Strings>,
    /** English words for the keys `strings` lacks. */
    private readonly english: Partial<Strings>,
  ) {}

  /** Without `values` the text is returned as it is: most calls, one per comment, need no placeholder filled. */
  text(key: StringKey, values?: Record<string, string | number>): string {
    const text = (this.strings[key] ?? this.english[key])!;
    return values ? fill(text, values) : text;
  }

  plural(key: PluralKey, n: number): string {
    const forms = (this.strings[key] ?? this.english[key])!;
    const form =
      (n === 0 && forms.zero) || forms[(this.#plurals ??= new Intl.PluralRules(this.lang)).select(n)] || forms.other;
    return fill(form, { n: n.toLocaleString(this.lang) });
  }

  date(iso: string): string {
    this.#dates ??= new Intl.DateTimeFormat(this.lang, { dateStyle: 'medium', timeStyle: 'short' });
    return this.#dates.format(Date.parse(iso));
  }
}
