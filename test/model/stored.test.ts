// The storage helper: every read passes a check, and a storage that throws is no error.
import { expect } from '@open-wc/testing';
import { isText, object } from '../../src/model/shape.js';
import { readStored, writeStored } from '../../src/model/stored.js';

const schema = object({ name: isText });

/** A storage that refuses everything, as private modes and sandboxed frames do. */
const refusing = {
  getItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('full', 'QuotaExceededError');
  },
  removeItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
} as unknown as Storage;

describe('model: stored records', () => {
  beforeEach(() => localStorage.clear());

  it('reads back what it wrote, and removes the record for undefined', () => {
    writeStored('parley:test', { name: 'Ada' });
    expect(readStored('parley:test', schema)).to.deep.equal({ name: 'Ada' });
    writeStored('parley:test', undefined);
    expect(localStorage.getItem('parley:test')).to.equal(null);
  });

  it('reads a record of another shape, or not JSON, as nothing', () => {
    localStorage.setItem('parley:test', '{"name": 7}');
    expect(readStored('parley:test', schema)).to.equal(undefined);
    localStorage.setItem('parley:test', '{');
    expect(readStored('parley:test', schema)).to.equal(undefined);
  });

  it('works on as if nothing were stored when the storage refuses', () => {
    expect(() => writeStored('parley:test', { name: 'Ada' }, refusing)).not.to.throw();
    expect(readStored('parley:test', schema, refusing)).to.equal(undefined);
  });
});
