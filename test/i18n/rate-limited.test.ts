/** A backend that asks the reader to wait (429 with Retry-After): the wait is said with the language's plural rules. */
import { expect } from '@open-wc/testing';
import { delay, http, HttpResponse, passthrough } from 'msw';
import { deep, text, THREAD, until, useHandlers } from '../helpers.js';
import type { Strings } from '../../src/i18n/strings.js';

/** The list answers 429, asking to wait `seconds`. */
const refuse = (seconds: number) =>
  http.get('/api/comments', () =>
    HttpResponse.json({ error: 'Slow down' }, { status: 429, headers: { 'Retry-After': String(seconds) } }),
  );
const tooMany = (seconds: number) => useHandlers(refuse(seconds));

/** What the reader sees in the load error, and what the live region says, once the section gave up loading. */
async function told(lang: string, strings: Partial<Strings> = {}): Promise<{ shown: string; heard: string }> {
  const section = document.createElement('parley-comments');
  Object.assign(section, { api: '/api', thread: THREAD, loading: 'eager', strings });
  section.setAttribute('lang', lang);
  document.body.append(section);
  const region = () => text(section.shadowRoot?.querySelector('[role=status]') ?? document.createElement('p'));
  await until(() => region() !== '', 'the announced load error');
  await until(() => section.shadowRoot!.querySelector('.status.error'), 'the load error');
  return { shown: text(deep(section.shadowRoot!, '.status.error')), heard: region() };
}

describe('a 429 with Retry-After, told in the reader’s language', () => {
  afterEach(() => document.querySelectorAll('parley-comments').forEach((element) => element.remove()));

  it('English: "1 second", "30 seconds", on screen and announced', async () => {
    await tooMany(1);
    const one = await told('en');
    expect(one.heard).to.equal('The comments could not be loaded. Too many comments at once. Please wait 1 second.');
    expect(one.shown).to.contain('Please wait 1 second.');
    document.querySelector('parley-comments')!.remove();

    await tooMany(30);
    const thirty = await told('en');
    expect(thirty.heard).to.equal(
      'The comments could not be loaded. Too many comments at once. Please wait 30 seconds.',
    );
    expect(thirty.shown).to.contain('Please wait 30 seconds.');
  });

  // Russian has a form for 1 (and 21), one for 2 to 4, one for 5 to 20; Arabic one for 1, 2, 3 to 10 and 11 to 99.
  for (const [lang, seconds, wait] of [
    ['ru', 1, 'Подождите 1 секунду.'],
    ['ru', 3, 'Подождите 3 секунды.'],
    ['ru', 5, 'Подождите 5 секунд.'],
    ['ru', 21, 'Подождите 21 секунду.'],
    ['ar', 1, 'يُرجى الانتظار ثانية واحدة.'],
    ['ar', 2, 'يُرجى الانتظار ثانيتين.'],
    ['ar', 3, 'يُرجى الانتظار 3 ثوانٍ.'],
    ['ar', 11, 'يُرجى الانتظار 11 ثانية.'],
  ] as const) {
    it(`${lang}: ${seconds} → "${wait}"`, async () => {
      await tooMany(seconds);
      const { shown, heard } = await told(lang);
      expect(heard).to.contain(wait);
      expect(shown).to.contain(wait);
    });
  }

  it('is told in the section’s language when the answer comes before the language’s table', async () => {
    await useHandlers(
      refuse(5),
      http.get(/\/src\/i18n\/uk\.(js|ts)(\?.*)?$/, async () => {
        await delay(300);
        return passthrough();
      }),
    );
    const { shown, heard } = await told('uk');
    expect(heard).to.equal('Не вдалося завантажити коментарі. Забагато коментарів одночасно. Зачекайте 5 секунд.');
    expect(shown).to.contain(heard);
  });

  it('a site’s own wording written as one text with {seconds} still shows, filled', async () => {
    await tooMany(1);
    // As a page without types hands it over, from before the text had plural forms.
    const old = { errorRateLimited: 'Easy now: try again in {seconds} s.' } as unknown as Partial<Strings>;
    const { shown, heard } = await told('en', old);
    expect(heard).to.equal('The comments could not be loaded. Easy now: try again in 1 s.');
    expect(shown).to.contain('Easy now: try again in 1 s.');
  });

  it('a site’s own plural forms are used, with {n}', async () => {
    await tooMany(30);
    const { heard } = await told('en', {
      errorRateLimited: { one: 'Hold on a second.', other: 'Hold on for {n} seconds.' },
    });
    expect(heard).to.equal('The comments could not be loaded. Hold on for 30 seconds.');
  });
});
