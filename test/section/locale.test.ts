/** LocaleController: the section's words in its language, the page's overrides, English as the fallback and the way back. */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { LocaleController } from '../../src/section/locale.js';
import { enForm } from '../../src/i18n/en-form.js';
import { useHandlers } from '../helpers.js';

/** A section to the controller: it only asks to be drawn again. */
function setup() {
  const host = {
    updates: 0,
    updateComplete: Promise.resolve(true),
    addController: () => undefined,
    removeController: () => undefined,
    requestUpdate: () => void host.updates++,
  };
  const locale = new LocaleController(host);
  return { host, locale };
}

/** Makes the string table of `lang` fail to load, as when the connection drops while its chunk is on the way. */
const failTable = (lang: string) =>
  useHandlers(http.get(new RegExp(`/src/i18n/${lang}\\.(js|ts)(\\?.*)?$`), () => HttpResponse.error()));

describe('LocaleController', () => {
  it('speaks English at once, with the page’s overrides', async () => {
    const { locale } = setup();
    locale.set('en', { loadMore: 'Show older comments' });
    expect(locale.ui.text('comments')).to.equal('Comments');
    expect(locale.ui.text('loadMore')).to.equal('Show older comments');
    expect(locale.ui.plural('commentCount', 1)).to.equal('1 comment');
    await locale.ready;
  });

  it('makes a new ui whenever the language or the overrides change, so the section draws again', () => {
    const { locale } = setup();
    locale.set('en', {});
    const first = locale.ui;
    locale.set('en', { comments: 'Discussion' });
    const second = locale.ui;
    expect(second).to.not.equal(first);
    expect(second.text('comments')).to.equal('Discussion');
    locale.set('de', { comments: 'Discussion' });
    expect(locale.ui).to.not.equal(second);
    expect(locale.ui.lang).to.equal('de');
  });

  it('loads the language’s table, keeps the page’s overrides over it, and asks to be drawn in it', async () => {
    const { locale, host } = setup();
    locale.set('de', { loadMore: 'Mehr, bitte' });
    const before = host.updates;
    await locale.ready;
    expect(locale.ui.text('comments')).to.equal('Kommentare');
    expect(locale.ui.text('loadMore')).to.equal('Mehr, bitte');
    expect(locale.ui.plural('commentCount', 3)).to.equal('3 Kommentare');
    expect(host.updates).to.be.greaterThan(before);
  });

  it('does not load the table again when only the overrides change', async () => {
    const { locale } = setup();
    locale.set('fr', {});
    const ready = locale.ready;
    locale.set('fr', { comments: 'Avis' });
    expect(locale.ready).to.equal(ready);
    await locale.ready;
    expect(locale.ui.text('comments')).to.equal('Avis');
    expect(locale.ui.text('loadMore')).to.equal('Charger plus de commentaires');
  });

  it('adds the form’s English words to the current ui without making a new one', async () => {
    const { locale } = setup();
    locale.set('en', {});
    const ui = locale.ui;
    expect(ui.text('leaveReply')).to.equal(undefined);
    locale.addEnglish(enForm);
    expect(locale.ui).to.equal(ui);
    expect(ui.text('leaveReply')).to.equal('Leave a Reply');
  });

  it('lets the language’s own words win over the English ones the form brings', async () => {
    const { locale } = setup();
    locale.set('de', {});
    await locale.ready;
    locale.addEnglish(enForm);
    expect(locale.ui.text('leaveReply')).to.equal('Schreibe einen Kommentar');
  });

  it('keeps each section’s English words its own', () => {
    const one = setup().locale;
    const other = setup().locale;
    one.set('en', {});
    other.set('en', {});
    one.addEnglish({ leaveReply: 'Say something' });
    expect(one.ui.text('leaveReply')).to.equal('Say something');
    expect(other.ui.text('leaveReply')).to.equal(undefined);
  });

  it('drops the last language’s words, and its direction, when switching back to English', async () => {
    const { locale } = setup();
    locale.set('ar', {});
    await locale.ready;
    expect(locale.ui.text('dir')).to.equal('rtl');
    locale.set('en', {});
    await locale.ready;
    expect(locale.ui.text('dir')).to.equal('ltr');
    expect(locale.ui.text('comments')).to.equal('Comments');
  });

  it('ends in the language chosen last when an earlier table arrives late', async () => {
    const { locale } = setup();
    locale.set('de', {});
    const german = locale.ready;
    locale.set('en', {});
    await german;
    await locale.ready;
    expect(locale.ui.text('comments')).to.equal('Comments');

    locale.set('ru', {});
    const russian = locale.ready;
    locale.set('es', {});
    await Promise.all([russian, locale.ready]);
    expect(locale.ui.lang).to.equal('es');
    expect(locale.ui.text('comments')).to.equal('Comentarios');
  });

  it('goes on in English when the table cannot be loaded', async () => {
    await failTable('ja');
    const { locale } = setup();
    locale.set('ja', {});
    await locale.ready;
    expect(locale.ui.text('comments')).to.equal('Comments');
    expect(locale.ui.plural('commentCount', 2)).to.equal('2 comments');
  });

  it('goes on in English, not in the last language, when the next table cannot be loaded', async () => {
    await failTable('ko');
    const { locale } = setup();
    locale.set('de', {});
    await locale.ready;
    expect(locale.ui.text('comments')).to.equal('Kommentare');
    locale.set('ko', {});
    await locale.ready;
    expect(locale.ui.text('comments')).to.equal('Comments');
  });

  it('marks its words English until the table is in, and when it cannot be loaded; the section’s own language stays', async () => {
    const { locale } = setup();
    locale.set('sv-FI', {});
    expect([locale.ui.lang, locale.ui.textLang]).to.deep.equal(['sv-FI', 'en']);
    await locale.ready;
    expect([locale.ui.lang, locale.ui.textLang]).to.deep.equal(['sv-FI', 'sv-FI']);
    expect(locale.ui.text('comments')).to.equal('Kommentarer');
    locale.set('sw', {});
    await locale.ready;
    expect([locale.ui.lang, locale.ui.textLang]).to.deep.equal(['sw', 'en']);
    await failTable('nb');
    locale.set('nb', {});
    await locale.ready;
    expect([locale.ui.lang, locale.ui.textLang]).to.deep.equal(['nb', 'en']);
  });
});

describe('LocaleController, following the section', () => {
  afterEach(() => document.querySelectorAll('body > div[lang]').forEach((element) => element.remove()));

  /** A section inside a part of the page in `pageLang`. */
  function inPage(pageLang: string) {
    const part = document.createElement('div');
    part.lang = pageLang;
    const section = document.createElement('span');
    part.append(section);
    document.body.append(part);
    return section;
  }

  it('speaks its own lang, else the nearest one in the page, written canonically', () => {
    const { locale } = setup();
    const section = inPage('DE-at');
    locale.follow(section, '', {}, false);
    expect(locale.ui.lang).to.equal('de-AT');
    locale.follow(section, 'fr', {}, false);
    expect(locale.ui.lang).to.equal('fr');
  });

  it('speaks the page’s language when nothing nearer has one', () => {
    const { locale } = setup();
    const section = document.createElement('span');
    document.body.append(section);
    const pageLang = document.documentElement.lang;
    document.documentElement.lang = 'es';
    try {
      locale.follow(section, '', {}, false);
      expect(locale.ui.lang).to.equal('es');
    } finally {
      document.documentElement.lang = pageLang;
      section.remove();
    }
  });

  it('makes new words only when the language, the overrides or the kind of dates changed', () => {
    const { locale } = setup();
    const section = inPage('en');
    const overrides = { comments: 'Discussion' };
    locale.follow(section, '', overrides, false);
    const first = locale.ui;
    locale.follow(section, '', overrides, false);
    expect(locale.ui, 'nothing changed: the same words, so nothing is drawn again').to.equal(first);
    locale.follow(section, '', { comments: 'Talk' }, false);
    expect(locale.ui.text('comments')).to.equal('Talk');
    const second = locale.ui;
    locale.follow(section, 'en-GB', { comments: 'Talk' }, false);
    expect(locale.ui).to.not.equal(second);
    expect(locale.ui.lang).to.equal('en-GB');
  });
});
