/** The form's rules (those of WordPress core): what passes, and the first problem of each field. */
import { expect } from '@open-wc/testing';
import { LIMITS, validateComment } from '../../src/model/validation.js';

const valid = { content: 'Hello', author: 'Ann', email: 'ann@example.com', url: '' };

describe('validateComment', () => {
  it('accepts a complete comment, trimmed, with a website read as https when typed bare', () => {
    const result = validateComment({
      content: '  Hello \n',
      author: ' Ann ',
      email: ' ann@example.com ',
      url: 'ann.example/blog',
    });
    expect(result).to.deep.equal({
      ok: true,
      value: { content: 'Hello', author: 'Ann', email: 'ann@example.com', url: 'https://ann.example/blog' },
    });
  });

  it('names the first problem of each field', () => {
    const result = validateComment({ content: '   ', author: '', email: 'ann@', url: 'ftp://ann.example' });
    expect(result).to.deep.equal({
      ok: false,
      problems: { content: 'contentRequired', author: 'authorRequired', email: 'emailInvalid', url: 'urlInvalid' },
    });
  });

  it('enforces the length limits exactly', () => {
    const at = (field: keyof typeof LIMITS, length: number) =>
      validateComment({
        ...valid,
        [field]:
          field === 'email'
            ? `${'a'.repeat(length - 12)}@example.com`
            : field === 'url'
              ? `https://${'a'.repeat(length - 8)}`
              : 'x'.repeat(length),
      });
    for (const field of ['content', 'author', 'email', 'url'] as const) {
      expect(at(field, LIMITS[field]).ok, `${field} at its limit`).to.be.true;
      expect(at(field, LIMITS[field] + 1), `${field} over its limit`).to.deep.equal({
        ok: false,
        problems: { [field]: `${field}TooLong` },
      });
    }
  });

  it('refuses every scheme but http and https', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'mailto:a@b.c', 'http://']) {
      expect(validateComment({ ...valid, url }).ok, url).to.be.false;
    }
  });
});
