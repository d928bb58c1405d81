/** A backend's error names the fields it refused: names that only an object's prototype knows name no field. */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { BackendError } from '../../src/model/errors.js';
import { createBackend } from '../../src/backends/registry.js';
import type { NewComment } from '../../src/model/comment.js';
import { useHandlers } from '../helpers.js';

const input: NewComment = {
  thread: '6',
  parentId: null,
  author: 'Eve',
  email: 'eve@example.com',
  url: null,
  content: 'Hello',
};

/** Parameter names that a plain object answers for although no backend field has them; JSON keeps `__proto__` as a key. */
const PROTOTYPE_NAMES =
  '"__proto__": "Refused.", "constructor": "Refused.", "toString": "Refused.", "hasOwnProperty": "Refused."';

const json = (status: number, body: string) =>
  new HttpResponse(body, { status, headers: { 'Content-Type': 'application/json' } });

async function refusal(adapter: string, api: string): Promise<BackendError> {
  const backend = await createBackend(adapter, { api, credentials: 'omit', postId: '6' });
  try {
    await backend.create(input, { signal: new AbortController().signal, idempotencyKey: 'k' });
  } catch (error) {
    expect(error).to.be.instanceOf(BackendError);
    return error as BackendError;
  }
  throw new Error('Expected the comment to be refused');
}

describe('backend field names', () => {
  it('wordpress: ignores error parameters named after Object.prototype members', async () => {
    await useHandlers(
      http.post('/names/wp-json/wp/v2/comments', () =>
        json(
          400,
          `{"code": "rest_invalid_param", "message": "Invalid parameter(s): x", "data": {"status": 400, "params": {${PROTOTYPE_NAMES}}}}`,
        ),
      ),
    );
    const error = await refusal('wordpress', '/names/wp-json');
    expect(error.fields).to.equal(undefined);
    expect(error.message).to.equal('Invalid parameter(s): x');
  });

  it('wordpress: keeps the real field among them', async () => {
    await useHandlers(
      http.post('/names/wp-json/wp/v2/comments', () =>
        json(
          400,
          `{"code": "rest_invalid_param", "message": "Invalid", "data": {"params": {${PROTOTYPE_NAMES}, "author_email": "Invalid email address."}}}`,
        ),
      ),
    );
    expect((await refusal('wordpress', '/names/wp-json')).fields).to.deep.equal({ email: 'Invalid email address.' });
  });

  it('waline: ignores error messages keyed by Object.prototype members', async () => {
    await useHandlers(
      http.post('/names/waline/api/comment', () => json(200, `{"errno": 1000, "errmsg": {${PROTOTYPE_NAMES}}}`)),
    );
    const error = await refusal('waline', '/names/waline');
    expect(error.fields).to.equal(undefined);
    expect(error.message).to.equal('Refused.');
  });

  it('waline: keeps the real field among them', async () => {
    await useHandlers(
      http.post('/names/waline/api/comment', () =>
        json(200, `{"errno": 1000, "errmsg": {${PROTOTYPE_NAMES}, "mail": "Invalid email."}}`),
      ),
    );
    expect((await refusal('waline', '/names/waline')).fields).to.deep.equal({ email: 'Invalid email.' });
  });
});
