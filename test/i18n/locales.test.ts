// Language tags as pages write them: every one gives a tag the browser's Intl accepts, as close to it as it can.
import { expect } from '@open-wc/testing';
import { matchLocale, usableLang } from '../../src/i18n/locales.js';
import { Ui } from '../../src/i18n/ui.js';
import { en } from '../../src/i18n/en.js';
import { TAGS, named } from './tags.js';

describe('i18n: usableLang', () => {
  it('normalises underscores and case, then drops subtags from the end until the tag is valid, else English', () => {
    expect(TAGS.some(([tag]) => tag.length === 300)).to.equal(true);
    const found = Object.fromEntries(TAGS.map(([tag]) => [tag, usableLang(tag)]));
    expect(found).to.deep.equal(Object.fromEntries(TAGS));
  });

  for (const [tag] of TAGS) {
    it(`"${named(tag)}": every Intl constructor, the section's Ui and matchLocale take what it gives`, () => {
      const lang = usableLang(tag);
      const date = Date.UTC(2026, 10, 20, 12);
      expect(() => {
        new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
        new Intl.NumberFormat(lang).format(1234.5);
        new Intl.PluralRules(lang).select(2);
        new Intl.Collator(lang).compare('a', 'b');
        new Intl.RelativeTimeFormat(lang).format(-1, 'day');
        new Intl.ListFormat(lang).format(['a', 'b']);
        new Intl.DisplayNames(lang, { type: 'language' }).of('fr');
        new Intl.Segmenter(lang).segment('ab');
        new Intl.Locale(lang).maximize();
        (3).toLocaleString(lang);
        'ä'.toLocaleUpperCase(lang);
      }).not.to.throw();
      const ui = new Ui(lang, {}, en);
      expect(ui.date('2026-11-20T12:00:00Z')).to.not.equal('');
      expect(ui.plural('commentCount', 2)).to.contain('2');
      expect(matchLocale(lang)).to.be.a('string');
    });
  }
});
