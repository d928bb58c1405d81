/** The mock REST backend the demo and the tests run on: its handlers are taken by what they answer, not by place. */
import { expect } from '@open-wc/testing';
import { createRestHandlers, everyHandler, memoryStore } from '../../demo/mock-backend.js';
import { THREAD, useLoggingBackend } from '../helpers.js';

const post = (body: Record<string, unknown>) =>
  fetch('/api/comments', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });

const comment = {
  thread: THREAD,
  parentId: null,
  content: 'Logged',
  author: 'Rosa',
  email: 'rosa@example.com',
  url: null,
};

describe('the mock REST backend', () => {
  it('names each handler by the method and path it answers, with every extension on', () => {
    const handlers = createRestHandlers({
      api: '/api',
      store: memoryStore(),
      likes: true,
      features: ['edit'],
    });
    const answers = Object.entries(handlers).map(([name, { info }]) => [
      name,
      `${String(info.method)} ${String(info.path)}`,
    ]);
    expect(Object.fromEntries(answers)).to.deep.equal({
      list: 'GET /api/comments',
      post: 'POST /api/comments',
      count: 'GET /api/comments/count',
      like: 'POST /api/comments/:id/likes',
      unlike: 'DELETE /api/comments/:id/likes',
      edit: 'PATCH /api/comments/:id',
      remove: 'DELETE /api/comments/:id',
    });
    expect(everyHandler(handlers)).to.have.length(7);
    expect(everyHandler(createRestHandlers({ api: '/api', store: memoryStore() }))).to.have.length(3);
  });

  it('logs and takes posts, and takes likes, when the tests log the posts of a server with likes', async () => {
    const { store, bodies } = await useLoggingBackend([], { likes: true });
    const created = await post(comment);
    expect(created.status).to.equal(201);
    const { id } = (await created.json()) as { id: string };
    expect(bodies.map((body) => body.content)).to.deep.equal(['Logged']);
    expect(store.load().map((stored) => stored.content)).to.deep.equal(['Logged']);
    const liked = await fetch(`/api/comments/${id}/likes`, { method: 'POST', headers: { 'Reader-Token': 'reader' } });
    expect(await liked.json()).to.deep.equal({ likes: 1 });
  });
});
