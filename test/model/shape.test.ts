// The plain checks of Parley's own records and of the rest protocol's answers.
import { expect } from '@open-wc/testing';
import { isBoolean, isList, isNumber, isText, nullable, object, optional } from '../../src/model/shape.js';

describe('model: shape checks', () => {
  const isPost = object({
    content: isText,
    parentId: nullable(isText),
    author: optional(isText),
    input: object({ key: isText, auto: isBoolean, savedAt: isNumber }),
  });
  const post = { content: 'Hi', parentId: null, input: { key: 'k', auto: false, savedAt: 1 } };

  it('lets through an object whose named fields pass, whatever else it holds', () => {
    expect(isPost(post)).to.equal(true);
    expect(isPost({ ...post, author: 'Ada', extra: [1] })).to.equal(true);
  });

  it('refuses a wrong, missing or null field, a nested one too', () => {
    expect(isPost({ ...post, content: 7 })).to.equal(false);
    expect(isPost({ ...post, parentId: undefined })).to.equal(false);
    expect(isPost({ ...post, author: null })).to.equal(false);
    expect(isPost({ ...post, input: { ...post.input, auto: 'false' } })).to.equal(false);
    expect(isPost({ ...post, input: null })).to.equal(false);
  });

  it('refuses what is not an object: null, a list, a text', () => {
    for (const value of [null, undefined, [post], 'post', 1])
      expect(isPost(value), JSON.stringify(value)).to.equal(false);
  });

  it('tells a list from an object', () => {
    expect(isList([])).to.equal(true);
    expect(isList({ length: 0 })).to.equal(false);
  });
});
