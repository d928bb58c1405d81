/** The waline adapter's likes: Waline's `PUT {api}/api/comment/:id` with `{ like }`, its `like` counts, and `like_desc` for Top. */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { createBackend } from '../../src/backends/registry.js';
import { useHandlers } from '../helpers.js';

const waline = (id: number, like: unknown) => ({
  objectId: id,
  nick: 'Ada',
  comment: '<p>Hello</p>',
  time: Date.UTC(2026, 10, 1),
  status: 'approved',
  like,
});

describe('waline likes', () => {
  it('reads like counts, asks for like_desc for Top, and sends likes and their undoing', async () => {
    const sent: Array<{ id: string; body: unknown }> = [];
    let sortBy = '';
    await useHandlers(
      http.get('/w/api/comment', ({ request }) => {
        sortBy = new URL(request.url).searchParams.get('sortBy') ?? '';
        return HttpResponse.json({
          errno: 0,
          data: { page: 1, totalPages: 1, count: 3, data: [waline(1, 4), waline(2, 'lots'), waline(3, -1)] },
        });
      }),
      http.put('/w/api/comment/:id', async ({ request, params }) => {
        const body = (await request.json()) as { like: boolean };
        sent.push({ id: String(params.id), body });
        return HttpResponse.json({ errno: 0, data: waline(Number(params.id), body.like ? 5 : 4) });
      }),
    );
    const backend = await createBackend('waline', { api: '/w', credentials: 'omit' });
    const page = await backend.list(
      { thread: '/p', limit: 10, order: 'top' },
      { signal: new AbortController().signal },
    );
    expect(sortBy).to.equal('like_desc');
    // A count that is not one is left out: that comment shows no like button.
    expect(page.comments.map((comment) => comment.likes)).to.deep.equal([4, undefined, undefined]);
    const options = { signal: new AbortController().signal, reader: 'reader-token' };
    expect(await backend.like!('1', options)).to.equal(5);
    expect(await backend.unlike!('1', options)).to.equal(4);
    expect(sent).to.deep.equal([
      { id: '1', body: { like: true } },
      { id: '1', body: { like: false } },
    ]);
  });

  it('turns a refusal into an error', async () => {
    await useHandlers(http.put('/w/api/comment/:id', () => HttpResponse.json({ errno: 1003, errmsg: 'nope' })));
    const backend = await createBackend('waline', { api: '/w', credentials: 'omit' });
    let failure: unknown;
    try {
      await backend.like!('1', { signal: new AbortController().signal, reader: 'r' });
    } catch (error) {
      failure = error;
    }
    expect((failure as Error).message).to.equal('nope');
  });
});
