/** Languages: every locale is complete and renders, tags find the right locale, `lang` switches, right-to-left mirrors. */
import { expect } from '@open-wc/testing';
import { deep, deepAll, mountSection, settle, stored, text, THREAD, until, useRestBackend } from '../helpers.js';
import type { ParleyComments } from '../../src/components/comments/comments.js';
import { locales, matchLocale } from '../../src/i18n/locales.js';
import { TAGS, named } from '../i18n/tags.js';
import { en } from '../../src/i18n/en.js';
import { enForm } from '../../src/i18n/en-form.js';
import { enErrors } from '../../src/i18n/en-errors.js';
import { enPermalink } from '../../src/i18n/en-permalink.js';
import { enSort } from '../../src/i18n/en-sort.js';
import { enLikes } from '../../src/i18n/en-likes.js';
import { enLive } from '../../src/i18n/en-live.js';
import { enOptions } from '../../src/i18n/en-options.js';
import { enEdit } from '../../src/i18n/en-edit.js';
import type { Plural, Strings } from '../../src/i18n/strings.js';
import { Ui } from '../../src/i18n/ui.js';

const LOCALES = [
  ...['en', 'zh-CN', 'zh-TW', 'ja', 'ko', 'es', 'fr', 'de', 'pt-BR', 'ru', 'ro', 'ar', 'he'],
  ...['it', 'nl', 'pl', 'uk', 'tr', 'sv', 'da', 'nb', 'fi', 'cs'],
  ...['hu', 'el', 'vi', 'id', 'th', 'hi', 'bn', 'fa', 'ur'],
];
const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
const english: Strings = {
  ...en,
  ...enErrors,
  ...enForm,
  ...enPermalink,
  ...enSort,
  ...enLikes,
  ...enLive,
  ...enOptions,
  ...enEdit,
};
/** A locale's full table: English is split between the section and the chunks that use it, every other locale is one module. */
const table = async (name: string): Promise<Strings> =>
  name === 'en' ? english : ((await locales[name]()).default as Strings);
const heading = (section: ParleyComments) => deepAll(section.shadowRoot!, '[part=heading]').map(text).join();

describe('languages', () => {
  // The section fetches the form's code with its first page; have it here, so every test meets the whole section.
  before(() => import('../../src/components/comment-form/form-chunk.js'));

  afterEach(() => document.querySelectorAll('parley-comments').forEach((element) => element.remove()));

  it('offers exactly the promised locales', () => {
    expect(Object.keys(locales).sort()).to.deep.equal([...LOCALES].sort());
  });

  it('finds the closest locale for a tag', () => {
    const cases: Record<string, string> = {
      en: 'en',
      'en-GB': 'en',
      'de-AT': 'de',
      'DE-ch': 'de',
      fr: 'fr',
      'fr-CA': 'fr',
      'es-419': 'es',
      'es-MX': 'es',
      pt: 'pt-BR',
      'pt-BR': 'pt-BR',
      'pt-PT': 'pt-BR',
      zh: 'zh-CN',
      'zh-CN': 'zh-CN',
      'zh-Hans': 'zh-CN',
      'zh-SG': 'zh-CN',
      'zh-Hans-HK': 'zh-CN',
      'zh-TW': 'zh-TW',
      'zh-Hant': 'zh-TW',
      'zh-HK': 'zh-TW',
      'zh-MO': 'zh-TW',
      'ja-JP': 'ja',
      'ko-KR': 'ko',
      'ru-UA': 'ru',
      'ro-MD': 'ro',
      'ar-EG': 'ar',
      'he-IL': 'he',
      iw: 'he',
      it: 'it',
      'it-CH': 'it',
      'nl-BE': 'nl',
      'pl-PL': 'pl',
      'uk-UA': 'uk',
      'tr-TR': 'tr',
      'sv-FI': 'sv',
      'da-DK': 'da',
      nb: 'nb',
      'nb-NO': 'nb',
      no: 'nb',
      'no-NO': 'nb',
      fi: 'fi',
      'cs-CZ': 'cs',
      'hu-HU': 'hu',
      'el-GR': 'el',
      'vi-VN': 'vi',
      id: 'id',
      in: 'id',
      'th-TH': 'th',
      'hi-IN': 'hi',
      'bn-BD': 'bn',
      'bn-IN': 'bn',
      'fa-IR': 'fa',
      'fa-AF': 'fa',
      'ur-PK': 'ur',
      'sr-Latn': 'en',
      '': 'en',
      'not a tag': 'en',
    };
    const found = Object.fromEntries(Object.keys(cases).map((tag) => [tag, matchLocale(tag)]));
    expect(found).to.deep.equal(cases);
  });

  for (const name of LOCALES) {
    it(`${name}: has every key with the same placeholders as English, and every plural form the language uses`, async () => {
      const strings = await table(name);
      const categories = new Intl.PluralRules(name).resolvedOptions().pluralCategories;
      for (const key of Object.keys(english) as Array<keyof Strings>) {
        const source = english[key];
        const translated = strings[key];
        if (typeof source === 'string') {
          expect(translated, key).to.be.a('string').and.not.equal('');
          expect(placeholders(translated as string), key).to.deep.equal(placeholders(source));
        } else {
          const forms = translated as Plural;
          for (const category of categories) {
            expect(forms[category], `${key}.${category}`).to.be.a('string').and.not.equal('');
            expect(forms[category]!.includes('{n}') || category !== 'other', `${key}.other names the number`).to.be
              .true;
          }
        }
      }
      expect(Object.keys(strings).sort()).to.deep.equal(Object.keys(english).sort());
    });

    it(`${name}: renders the section in its language`, async () => {
      const strings = await table(name);
      const ui = new Ui(name, strings, english);
      await useRestBackend([stored({ id: 'p1', author: 'Ada' }), stored({ parentId: 'p1', author: 'Grace' })]);
      const section = await mountSection({ lang: name });
      await until(() => heading(section) === ui.plural('commentCount', 2), `the ${name} heading`);
      await settle(section);
      const root = section.shadowRoot!;
      expect(deep(root, 'section').dir).to.equal(strings.dir);
      expect(text(deep(root, '[part=form-title]'))).to.equal(strings.leaveReply);
      expect(text(deep(root, '[part=submit]'))).to.equal(strings.submit);
      expect(text(deep(root, 'label[for=author]'))).to.equal(`${strings.name} *`);
      const reply = deep(root, '#comment-p1 [part=reply-button]');
      expect(text(reply)).to.equal(strings.reply);
      // The accessible name keeps the visible words (WCAG 2.5.3, label in name).
      expect(reply.getAttribute('aria-label')).to.equal(ui.text('replyTo', { name: 'Ada' }));
      expect(reply.getAttribute('aria-label')!.toLocaleLowerCase(name)).to.contain(
        strings.reply.toLocaleLowerCase(name),
      );
      const time = deep<HTMLTimeElement>(root, '#comment-p1 time');
      const format = new Intl.DateTimeFormat(name, { dateStyle: 'medium', timeStyle: 'short' });
      expect(text(time)).to.equal(format.format(new Date(time.dateTime)));
      expect(text(deep(root, '[id$=-context]'))).to.equal(ui.text('inReplyTo', { name: 'Ada' }));
      if (name !== 'en') expect(text(deep(root, '[part=form]'))).to.not.contain(english.privacyNote);
    });
  }

  it('takes the language from the page when the element has none, and switches when lang changes', async () => {
    await useRestBackend([stored()]);
    const page = document.createElement('div');
    page.lang = 'de';
    const section = document.createElement('parley-comments');
    for (const [attribute, value] of Object.entries({ api: '/api', thread: THREAD, loading: 'eager' }))
      section.setAttribute(attribute, value);
    page.append(section);
    document.body.append(page);
    await until(() => heading(section) === '1 Kommentar', 'the page language');
    section.setAttribute('lang', 'fr');
    await until(() => heading(section) === '1 commentaire', 'French after lang changed');
    await until(() => deepAll(section.shadowRoot!, '[part=submit]').length, 'the form');
    await settle(section);
    expect(text(deep(section.shadowRoot!, '[part=submit]'))).to.equal('Publier le commentaire');
    section.setAttribute('lang', 'ar');
    await until(() => deep(section.shadowRoot!, 'section').dir === 'rtl', 'Arabic, right to left');
    expect(heading(section)).to.equal('تعليق واحد');
    section.setAttribute('lang', 'en');
    await until(() => heading(section) === '1 comment', 'English again');
    expect(deep(section.shadowRoot!, 'section').dir).to.equal('ltr');
    page.remove();
  });

  it('marks the words with the language they are in: English where the page’s language has none, the comments and the reader’s text with the page’s', async () => {
    await useRestBackend([stored({ id: 'p1', content: 'Habari za asubuhi' })]);
    for (const [lang, words] of [
      ['sw', 'en'],
      ['fa', 'fa'],
      ['de-AT', 'de-AT'],
      ['en-GB', 'en'],
    ] as const) {
      const section = await mountSection({ lang });
      await until(() => deep(section.shadowRoot!, 'section').lang === words, `the words of ${lang} marked ${words}`);
      const root = section.shadowRoot!;
      expect(deep(root, '#comment-p1 [part=body]').lang, `the comment on a ${lang} page`).to.equal(lang);
      expect(deep(root, '#content').lang, `the reader's text on a ${lang} page`).to.equal(lang);
      section.remove();
    }
  });

  it('marks a comment with its own language where the backend says it', async () => {
    await useRestBackend([
      stored({ id: 'p1', content: 'שלום לכולם', lang: 'he' }),
      stored({ id: 'p2', content: 'Bonjour à tous' }),
    ]);
    const section = await mountSection({ lang: 'fr' });
    await until(() => deep(section.shadowRoot!, 'section').lang === 'fr', 'French');
    expect(deep(section.shadowRoot!, '#comment-p1 [part=body]').lang).to.equal('he');
    expect(deep(section.shadowRoot!, '#comment-p2 [part=body]').lang).to.equal('fr');
  });

  it('follows a later change of <html lang> and of an ancestor’s lang, without a reload', async () => {
    await useRestBackend([stored({ id: 'p1' })]);
    const page = document.documentElement.getAttribute('lang');
    const wrapper = document.createElement('div');
    try {
      document.documentElement.lang = 'de';
      const section = document.createElement('parley-comments');
      for (const [attribute, value] of Object.entries({ api: '/api', thread: THREAD, loading: 'eager' }))
        section.setAttribute(attribute, value);
      document.body.append(section);
      await until(() => deepAll(section.shadowRoot!, '[part=submit]').length, 'the form');
      await until(() => heading(section) === '1 Kommentar', 'German from <html lang>');
      document.documentElement.lang = 'fr';
      await until(() => heading(section) === '1 commentaire', 'French after <html lang> changed');
      expect(deep(section.shadowRoot!, '#comment-p1 [part=body]').lang).to.equal('fr');
      wrapper.lang = 'it';
      document.body.append(wrapper);
      wrapper.append(section);
      await until(() => heading(section) === '1 commento', 'Italian from the new ancestor');
      wrapper.lang = 'fa';
      await until(() => heading(section) === '۱ دیدگاه', 'Persian after the ancestor’s lang changed');
      expect(deep(section.shadowRoot!, 'section').dir).to.equal('rtl');
      expect(text(deep(section.shadowRoot!, '[part=submit]'))).to.equal('فرستادن دیدگاه');
      wrapper.removeAttribute('lang');
      await until(() => heading(section) === '1 commentaire', 'French again once the ancestor has no lang');
    } finally {
      wrapper.remove();
      if (page === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.setAttribute('lang', page);
    }
  });

  // Tags as real pages write them: `en_US` (an underscore), wrong case, private use, grandfathered, empty, broken, very long.
  for (const [tag, lang] of TAGS) {
    it(`lang="${named(tag)}" on the page or on the element: shows the comments with their dates, in the closest language`, async () => {
      await useRestBackend([stored({ id: 'p1', content: 'Any tag will do' })]);
      const page = document.documentElement.getAttribute('lang');
      try {
        // An empty `lang` on the element gives no language: the page's applies.
        for (const [where, own, pageLang, expected] of [
          ['the page', null, tag, lang],
          ['the element', tag, 'ja', tag ? lang : 'ja'],
        ] as const) {
          const strings = await table(matchLocale(expected));
          const format = new Intl.DateTimeFormat(expected, { dateStyle: 'medium', timeStyle: 'short' });
          document.documentElement.setAttribute('lang', pageLang);
          const section = document.createElement('parley-comments');
          for (const [attribute, value] of Object.entries({ api: '/api', thread: THREAD, loading: 'eager' }))
            section.setAttribute(attribute, value);
          if (own !== null) section.setAttribute('lang', own);
          document.body.append(section);
          const root = section.shadowRoot!;
          await until(() => deepAll(root, '#comment-p1 [part=body]').length, `the comment, with lang on ${where}`);
          await until(
            () => heading(section) === new Ui(expected, strings, english).plural('commentCount', 1),
            `the heading, with lang on ${where}`,
          );
          await settle(section);
          expect(text(deep(root, '#comment-p1 [part=body]'))).to.equal('Any tag will do');
          const time = deep<HTMLTimeElement>(root, '#comment-p1 time');
          expect(text(time), where).to.equal(format.format(new Date(time.dateTime)));
          section.remove();
        }
      } finally {
        if (page === null) document.documentElement.removeAttribute('lang');
        else document.documentElement.setAttribute('lang', page);
      }
    });
  }

  it('lets the site owner override any text with the strings property, in any language', async () => {
    await useRestBackend([]);
    const section = await mountSection({ lang: 'es' });
    section.strings = { submit: 'Enviar', beFirst: '¡Comenta tú primero!' };
    await until(() => heading(section) === 'Aún no hay comentarios', 'Spanish');
    await settle(section);
    expect(text(deep(section.shadowRoot!, '[part=submit]'))).to.equal('Enviar');
    expect(text(deep(section.shadowRoot!, '.empty'))).to.equal('¡Comenta tú primero!');
    expect(text(deep(section.shadowRoot!, '[part=form-title]'))).to.equal('Deja una respuesta');
  });

  it('takes one text with {n} where a counted text has plural forms, as a page without TypeScript may give it', async () => {
    await useRestBackend([stored(), stored(), stored()]);
    const section = await mountSection();
    section.strings = { commentCount: '{n} replies so far' } as unknown as typeof section.strings;
    await until(() => heading(section) === '3 replies so far', "the site's own text");
  });

  for (const name of ['ar', 'he', 'fa', 'ur']) {
    it(`${name}: mirrors the layout, even on a left-to-right page`, async () => {
      await useRestBackend([stored({ id: 'p1' }), stored({ parentId: 'p1' })]);
      const section = await mountSection({ lang: name });
      await until(() => deep(section.shadowRoot!, 'section').dir === 'rtl', 'right to left');
      await settle(section);
      const root = section.shadowRoot!;
      const [avatar, author] = ['#comment-p1 [part=avatar]', '#comment-p1 .author'].map((selector) =>
        deep(root, selector).getBoundingClientRect(),
      );
      expect(avatar.left, 'the avatar stands right of the name').to.be.greaterThan(author.left);
      const outer = deep(root, '#comment-p1').getBoundingClientRect();
      const reply = deepAll(root, 'article')[1].getBoundingClientRect();
      expect(reply.right, 'replies are indented from the right').to.be.lessThan(outer.right - 10);
      expect(Math.abs(reply.left - outer.left)).to.be.lessThan(2);
      expect(getComputedStyle(deep(root, '[part=form]')).direction).to.equal('rtl');
      expect(deep(root, '[part=body]').dir).to.equal('auto');
    });
  }

  it('lays out an English section left to right on a right-to-left page', async () => {
    await useRestBackend([stored()]);
    document.documentElement.dir = 'rtl';
    try {
      const section = await mountSection({ lang: 'en' });
      expect(getComputedStyle(deep(section.shadowRoot!, '[part=form]')).direction).to.equal('ltr');
    } finally {
      document.documentElement.removeAttribute('dir');
    }
  });
});
