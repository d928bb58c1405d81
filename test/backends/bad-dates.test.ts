/**
 * Dates a backend gets wrong: each adapter leaves that comment out and names it, keeps the rest of the page, never
 * throws on them, and whatever passes a check survives `toISOString` and `Intl.DateTimeFormat#format`, as drawing
 * a comment needs.
 */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { CommentPage } from '../../src/model/comment.js';
import { createBackend } from '../../src/backends/registry.js';
import { commentFromWaline } from '../../src/backends/waline.js';
import { commentFromWordPress } from '../../src/backends/wordpress.js';
import { isComment } from '../../src/model/comment.js';
import { useHandlers } from '../helpers.js';
import type { Recording } from './replay.js';

const recording = async (name: string) =>
  (await (await fetch(new URL(`../fixtures/backends/${name}.json`, import.meta.url))).json()) as Recording;

/** Whether a date can be drawn: what the comment's time element and its text need. */
function drawable(date: string): boolean {
  try {
    new Date(date).toISOString();
    new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(Date.parse(date));
    return true;
  } catch {
    return false;
  }
}

const signal = () => new AbortController().signal;

/** What a recorded Waline list answer holds, as far as these tests touch it. */
interface WalineListBody {
  data: {
    data: Array<
      Parameters<typeof commentFromWaline>[0] & { children?: Array<Parameters<typeof commentFromWaline>[0]> }
    >;
  };
}

async function listPage(adapter: string, api: string, body: unknown, thread: string): Promise<CommentPage> {
  await useHandlers(
    http.get(`${api}/*`, () =>
      HttpResponse.json(body as never, { headers: { 'X-WP-Total': '5', 'X-WP-TotalPages': '1' } }),
    ),
  );
  const backend = await createBackend(adapter, { api, credentials: 'omit', postId: thread });
  return backend.list({ thread, limit: 50, order: 'oldest' }, { signal: signal() });
}

describe('dates a backend gets wrong', () => {
  describe('wordpress', () => {
    const bad = [
      '2024-13-45T99:99:99',
      '2024-02-31T10:00:00',
      '2023-02-29T12:00:00',
      '0000-00-00T00:00:00',
      '-0001-11-30T00:00:00',
    ];

    for (const date of bad) {
      it(`leaves out the comment with date_gmt "${date}", names it, and keeps the others`, async () => {
        const wordpress = await recording('wordpress');
        const body = JSON.parse(wordpress.exchanges['list-all-oldest'].response.body) as Array<Record<string, unknown>>;
        body[1].date_gmt = date;
        const page = await listPage('wordpress', '/bad-dates/wp-json', body, wordpress.thread);
        expect(page.unreadable).to.deep.equal([`"${String(body[1].id)}" (date_gmt)`]);
        expect(page.comments.map((comment) => comment.id)).to.deep.equal(
          body.filter((_, i) => i !== 1).map((c) => String(c.id)),
        );
        for (const comment of page.comments) expect(drawable(comment.createdAt), comment.createdAt).to.equal(true);
      });
    }

    it('maps any date without throwing', async () => {
      const wordpress = await recording('wordpress');
      const [first] = JSON.parse(wordpress.exchanges['list-all-oldest'].response.body) as Array<
        Parameters<typeof commentFromWordPress>[0]
      >;
      for (const date of bad) expect(() => commentFromWordPress({ ...first, date_gmt: date })).not.to.throw();
    });

    it('still reads the dates WordPress sends', async () => {
      const wordpress = await recording('wordpress');
      const page = await listPage(
        'wordpress',
        '/bad-dates/wp-json',
        JSON.parse(wordpress.exchanges['list-all-oldest'].response.body),
        wordpress.thread,
      );
      expect(page.unreadable).to.deep.equal([]);
    });
  });

  describe('waline', () => {
    const bad = [8.64e15 + 1, 1e20, -1, 1.5, Number.MAX_SAFE_INTEGER];

    for (const time of bad) {
      it(`leaves out the comment with time ${time}, not "Invalid time value" for the whole page`, async () => {
        const waline = await recording('waline');
        const body = JSON.parse(waline.exchanges['list-all-oldest'].response.body) as WalineListBody;
        const broken = body.data.data[0].children![0];
        broken.time = time;
        const page = await listPage('waline', '/bad-dates/waline', body, waline.thread);
        expect(page.unreadable).to.deep.equal([`"${String(broken.objectId)}" (time)`]);
        expect(page.comments.map((comment) => comment.id)).not.to.include(String(broken.objectId));
        expect(page.comments.length).to.be.greaterThan(0);
        for (const comment of page.comments) expect(drawable(comment.createdAt), comment.createdAt).to.equal(true);
      });
    }

    it('maps any time without throwing, to a date the comment check refuses', async () => {
      const waline = await recording('waline');
      const root = (JSON.parse(waline.exchanges['list-all-oldest'].response.body) as WalineListBody).data.data[0];
      for (const time of bad.filter((value) => Math.abs(value) > 8.64e15)) {
        let comment: ReturnType<typeof commentFromWaline> | undefined;
        expect(() => (comment = commentFromWaline({ ...root, time }))).not.to.throw();
        expect(isComment(comment), String(time)).to.equal(false);
      }
    });
  });

  describe("the comment check (rest, and every adapter's comments)", () => {
    const dates = [
      '2024-13-45T99:99:99Z',
      '2024-02-31T10:00:00Z',
      '2024-01-01T24:00:00Z',
      '2024-01-01T25:00:00Z',
      '0000-00-00T00:00:00Z',
      '9999-12-31T23:59:59Z',
      '2024-01-01T10:00:00+99:99',
      '2024-01-01T10:00 tomorrow',
      '2024-01-01T10:00:00Z (UTC)',
      '2024-06-15T10:00:00.123456789Z',
      '2024-06-15T10:00',
    ];

    it('lets through only dates that can be drawn', () => {
      const comment = {
        id: 'a',
        parentId: null,
        author: 'A',
        url: null,
        avatar: null,
        content: 'x',
        status: 'approved',
      };
      for (const createdAt of dates) {
        if (isComment({ ...comment, createdAt })) expect(drawable(createdAt), createdAt).to.equal(true);
      }
    });
  });
});
