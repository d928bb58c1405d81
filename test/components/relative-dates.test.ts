/** `dates="relative"`: "3 days ago" for the last week, the full date after; the full date and time stay the accessible text. */
import { expect } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode } from '@web/test-runner-commands';
import { deep, mountSection, stored, text, until, useRestBackend } from '../helpers.js';
import { refreshRelative, relativeDate } from '../../src/components/comment/relative-date.js';

const NOW = Date.parse('2026-11-20T12:00:00Z');
const earlier = (ms: number, now = NOW) => new Date(now - ms).toISOString();
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const full = (iso: string, lang = 'en') =>
  new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(Date.parse(iso));

describe('relative dates', () => {
  before(() => import('../../src/components/comment-form/form-chunk.js'));

  afterEach(() => document.querySelectorAll('parley-comments').forEach((element) => element.remove()));

  it('says how long ago in the largest whole unit, in the language’s words, for a week', () => {
    const cases: Array<[number, string, string | undefined]> = [
      [20_000, 'en', '20 seconds ago'],
      [0, 'en', 'now'],
      [5 * MINUTE, 'en', '5 minutes ago'],
      [119 * MINUTE, 'en', '1 hour ago'],
      [DAY + 60 * MINUTE, 'en', 'yesterday'],
      [47 * 60 * MINUTE, 'en', 'yesterday'],
      [3 * DAY, 'en', '3 days ago'],
      [3 * DAY, 'de', 'vor 3 Tagen'],
      [2 * DAY, 'fa', 'پریروز'],
      [7 * DAY - MINUTE, 'en', '6 days ago'],
      [7 * DAY, 'en', undefined],
      [30 * DAY, 'en', undefined],
      [-30_000, 'en', 'now'],
      [-2 * MINUTE, 'en', undefined],
    ];
    const found = cases.map(([ago, lang]) => relativeDate(earlier(ago), lang, NOW));
    expect(found).to.deep.equal(cases.map(([, , expected]) => expected));
  });

  it('with dates="relative", shows "3 days ago" and keeps the full date as the <time>’s accessible text and tooltip', async () => {
    const [recent, old] = [earlier(3 * DAY, Date.now()), earlier(10 * DAY, Date.now())];
    await useRestBackend([
      stored({ id: 'r', author: 'Ada', createdAt: recent }),
      stored({ id: 'o', author: 'Grace', createdAt: old }),
    ]);
    const section = await mountSection({ dates: 'relative' });
    const root = section.shadowRoot!;
    await until(() => text(deep(root, '#comment-r time')).includes('3 days ago'), 'the relative date');
    const time = deep<HTMLTimeElement>(root, '#comment-r time');
    expect(time.dateTime).to.equal(recent);
    expect(time.title).to.equal(full(recent));
    expect(text(deep(time, '[aria-hidden=true]'))).to.equal('3 days ago');
    expect(text(deep(time, '.visually-hidden'))).to.equal(full(recent));
    expect(text(deep(root, '#comment-o time')), 'a date older than a week').to.equal(full(old));
    const tree = (await a11ySnapshot({ selector: 'parley-comments' })) as unknown as { name?: string; children: [] };
    const names = (name: string) =>
      !!findAccessibilityNode<{ name?: string; children: [] }>(tree, (node) => node.name === name);
    expect(names(full(recent)), 'the full date is read').to.be.true;
    expect(names('3 days ago'), '"3 days ago" is not read twice').to.be.false;
    await expect(section).to.be.accessible();
  });

  it('stays absolute by default, and follows the attribute when it changes', async () => {
    const recent = earlier(3 * DAY, Date.now());
    await useRestBackend([stored({ id: 'r', createdAt: recent })]);
    const section = await mountSection({ lang: 'de' });
    const root = section.shadowRoot!;
    await until(() => text(deep(root, '#comment-r time')) === full(recent, 'de'), 'the German date');
    section.setAttribute('dates', 'relative');
    await until(() => text(deep(root, '#comment-r time')).startsWith('vor 3 Tagen'), 'relative, in German');
    section.setAttribute('dates', 'absolute');
    await until(() => text(deep(root, '#comment-r time')) === full(recent, 'de'), 'absolute again');
  });

  it('keeps a relative date current while the page stays open, and writes it in full once it is a week old', async () => {
    const posted = earlier(2 * MINUTE, Date.now());
    await useRestBackend([stored({ id: 'r', createdAt: posted })]);
    const section = await mountSection({ dates: 'relative' });
    const time = () => deep<HTMLTimeElement>(section.shadowRoot!, '#comment-r time');
    await until(() => text(deep(time(), '[aria-hidden=true]')) === '2 minutes ago', '2 minutes ago');
    refreshRelative(Date.parse(posted) + 2 * 60 * MINUTE);
    expect(text(deep(time(), '[aria-hidden=true]'))).to.equal('2 hours ago');
    expect(text(deep(time(), '.visually-hidden')), 'the full date, still read').to.equal(full(posted));
    refreshRelative(Date.parse(posted) + 7 * DAY);
    expect(text(time())).to.equal(full(posted));
    expect(time().children, 'no hidden copy left').to.have.length(0);
    expect(time().title).to.equal('');
    await expect(section).to.be.accessible();
  });
});
