/** The language a section speaks: its string table, loaded on demand with the list of languages, under the page's own overrides. */
import type { ReactiveControllerHost } from 'lit';
import { isEnglish, usableLang } from '../i18n/lang.js';
import type { Strings } from '../i18n/strings.js';
import { en } from '../i18n/en.js';
import { Ui } from '../i18n/ui.js';
import type { RelativeDate } from '../i18n/ui.js';

export class LocaleController {
  /** Words, plurals and dates in the section's language. A new object whenever any of them changes. */
  ui!: Ui;
  /** Settles once the language's table is in (at once for English), so comments are drawn in it the first time. */
  ready: Promise<void> = Promise.resolve();

  #lang = '';
  #overrides: Partial<Strings> = {};
  /** The language's own table, once loaded. */
  #table: Partial<Strings> = {};
  /** English words for keys the table lacks; the form adds its own when its chunk arrives. This section's own copy. */
  readonly #english: Partial<Strings> = { ...en };
  /** Whether the page asked for relative dates, and their code once loaded. */
  #relativeOn = false;
  #relative?: RelativeDate;

  constructor(private readonly host: ReactiveControllerHost) {}

  /**
   * Speaks the language of `section`: its own `lang` (`own`), else the nearest in the page, else English; with the
   * page's `overrides` and, with `relative`, relative dates. Words are made anew only when one of these changed.
   */
  follow(section: Element, own: string, overrides: Partial<Strings>, relative: boolean): void {
    const lang = usableLang(own || section.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang);
    if (lang !== this.#lang || overrides !== this.#overrides || relative !== this.#relativeOn)
      this.set(lang, overrides, relative);
  }

  /**
   * Speaks `lang` with the page's `overrides`, loading that language's table when it changes; with `relative`,
   * dates of the last week say how long ago they were, once that code is loaded.
   */
  set(lang: string, overrides: Partial<Strings>, relative = false): void {
    if (lang !== this.#lang) {
      this.#lang = lang;
      this.ready = this.#load(lang);
    }
    if (relative && !this.#relative) {
      const loaded = import('../components/comment/relative-date.js').then(({ showRelative }) => {
        this.#relative = showRelative;
        this.#build();
        this.host.requestUpdate();
      });
      // Comments wait for it as for the table: they are drawn once, with the dates the page asked for.
      this.ready = Promise.all([this.ready, loaded.catch(() => undefined)]).then(() => undefined);
    }
    this.#relativeOn = relative;
    this.#overrides = overrides;
    this.#build();
  }

  /**
   * Adds English words that arrived with a chunk (the form's). They complete the current table rather than
   * make a new one, so the comments already drawn in this language are not drawn again.
   */
  addEnglish(words: Partial<Strings>): void {
    Object.assign(this.#english, words);
  }

  async #load(lang: string): Promise<void> {
    if (isEnglish(lang)) {
      // Built in: no table to wait for, and none of the last language's words may stay.
      this.#table = {};
      return;
    }
    let table: Partial<Strings>;
    try {
      table = await (await import('../i18n/locales.js')).tableFor(lang);
    } catch {
      // The table could not be loaded (the connection dropped): the section goes on in English, not in the last language.
      table = {};
    }
    if (lang !== this.#lang) return;
    this.#table = table;
    this.#build();
    this.host.requestUpdate();
  }

  #build(): void {
    this.ui = new Ui(
      this.#lang,
      { ...this.#table, ...this.#overrides },
      this.#english,
      this.#relativeOn ? this.#relative : undefined,
    );
  }
}
