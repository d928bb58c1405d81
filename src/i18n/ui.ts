/** Everything a component needs to speak the section's language: its strings, plurals and dates. */
import type { Plural, StringKey, Strings } from './strings.js';
import { fill } from './strings.js';

/** With `dates="relative"`: makes a drawn `<time>` of the last week say how long ago it was, in `lang`. */
export type RelativeDate = (time: HTMLTimeElement, lang: string) => void;

type PluralKey = { [K in keyof Strings]: Strings[K] extends Plural ? K : never }[keyof Strings];

/**
 * A language's strings and formats. `lang` is the section's language, that of the page's readers and their
 * comments (dates and numbers follow it); `textLang` is that of the words. The formats are made on first use: the first date format a page makes
 * loads the browser's calendar data, tens of milliseconds that a section never opened should not cost.
 */
export class Ui {
  #plurals?: Intl.PluralRules;
  #dates?: Intl.DateTimeFormat;
  /** The time zone dates are written in: the reader's unless set (a server renders in the one it is given). */
  timeZone?: string;

  constructor(
    readonly lang: string,
    readonly strings: Partial<Strings>,
    /** English words for the keys `strings` lacks. */
    private readonly english: Partial<Strings>,
    /** With `dates="relative"`: turns a date of the last week into how long ago it was (`relative-date.ts`). */
    readonly relative?: RelativeDate,
  ) {}

  /**
   * The language the words are in: `lang` when they come from a table of that language (Parley's, or a whole one
   * the page gave), else English, which they fell back to. Every table says its direction; English's is built in.
   */
  get textLang(): string {
    return this.strings.dir ? this.lang : 'en';
  }

  /** Without `values` the text is returned as it is: most calls, one per comment, need no placeholder filled. */
  text(key: StringKey, values?: Record<string, string | number>): string {
    const text = (this.strings[key] ?? this.english[key])!;
    return values ? fill(text, values) : text;
  }

  /**
   * The form of `key` for `n`, with `{n}` filled; `forms` stand in for words that travel with other code (errors').
   * One text where forms are due (a page without TypeScript may give one) serves every number.
   */
  plural(key: PluralKey, n: number, forms: Plural | string = (this.strings[key] ?? this.english[key])!): string {
    const form =
      typeof forms === 'string'
        ? forms
        : forms[(this.#plurals ??= new Intl.PluralRules(this.lang)).select(n)] || forms.other;
    return fill(form, { n: n.toLocaleString(this.lang) });
  }

  date(iso: string): string {
    this.#dates ??= new Intl.DateTimeFormat(this.lang, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: this.timeZone,
    });
    return this.#dates.format(Date.parse(iso));
  }
}
